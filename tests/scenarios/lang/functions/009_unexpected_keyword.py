# passing an unknown keyword argument
def f(a, b=2):
    return a + b


print(f(1, b=3))  # expect: 4
f(1, z=5)
# expect runtime error: TypeError: f() got an unexpected keyword argument 'z'
