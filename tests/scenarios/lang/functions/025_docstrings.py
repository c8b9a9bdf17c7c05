# only the first statement string literal is a docstring
def f():
    """Return the answer."""
    return 42


print(f.__doc__)  # expect: Return the answer.


def g():
    return 1


print(g.__doc__)  # expect: None


def h():
    x = 1
    """not a docstring"""
    return x


print(h.__doc__, h())  # expect: None 1
