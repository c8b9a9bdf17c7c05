# calling with too many positional arguments
def f(a, b):
    return a + b


print(f(2, 3))  # expect: 5
f(1, 2, 3)
# expect runtime error: TypeError: f() takes 2 positional arguments but 3 were given
