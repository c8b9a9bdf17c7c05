# parameters before / cannot be passed by keyword
def f(a, b, /, c):
    return a * 100 + b * 10 + c


print(f(1, 2, 3))  # expect: 123
print(f(1, 2, c=3))  # expect: 123
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)  # expect: f() got some positional-only arguments passed as keyword arguments: 'b'


def g(a, /, **kw):
    return a, kw


print(g(1, a=2))  # expect: (1, {'a': 2})
