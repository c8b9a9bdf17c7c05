# ** unpacking into calls; kwargs keep call order
def show(**kw):
    return ", ".join(f"{k}={v}" for k, v in kw.items())


print(show(b=1, a=2))  # expect: b=1, a=2
opts = {"x": 1, "y": 2}
print(show(**opts, z=3))  # expect: x=1, y=2, z=3


def f(a, b, c):
    return a, b, c


print(f(*[1, 2], **{"c": 3}))  # expect: (1, 2, 3)
print(f(1, *(2,), c=3))  # expect: (1, 2, 3)
try:
    f(**{"a": 1, "b": 2, "c": 3, "d": 4})
except TypeError as e:
    print(e)  # expect: f() got an unexpected keyword argument 'd'
