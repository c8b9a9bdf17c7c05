# parameters after * must be passed by keyword
def f(a, *, b, c=3):
    return a + b + c


print(f(1, b=2))  # expect: 6
print(f(1, c=10, b=2))  # expect: 13
try:
    f(1, 2)
except TypeError as e:
    print(e)  # expect: f() takes 1 positional argument but 2 were given
try:
    f(1)
except TypeError as e:
    print(e)  # expect: f() missing 1 required keyword-only argument: 'b'
