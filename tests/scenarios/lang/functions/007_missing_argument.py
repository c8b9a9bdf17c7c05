# calling with too few arguments raises TypeError naming the parameter
def f(a, b):
    return a + b


print(f(1, 2))  # expect: 3
f(1)
# expect runtime error: TypeError: f() missing 1 required positional argument: 'b'
