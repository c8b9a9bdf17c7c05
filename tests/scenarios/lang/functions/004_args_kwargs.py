# *args collects a tuple and **kwargs a dict
def f(*args, **kwargs):
    print(args, kwargs)


f()  # expect: () {}
f(1, 2)  # expect: (1, 2) {}
f(a=1)  # expect: () {'a': 1}
f(1, b=2, c=3)  # expect: (1,) {'b': 2, 'c': 3}
f(*[1, 2], **{"x": 9})  # expect: (1, 2) {'x': 9}


def g(a, *rest):
    return a, rest


print(g(1, 2, 3))  # expect: (1, (2, 3))
print(g(1))  # expect: (1, ())
