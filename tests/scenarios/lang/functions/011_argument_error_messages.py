# exact wording of arity errors for several signatures
def check(call):
    try:
        call()
    except TypeError as e:
        print(e)


def f(a, b, c):
    pass


def g():
    pass


def h(a, b=1):
    pass


def k(*, x, y):
    pass


check(lambda: f())  # expect: f() missing 3 required positional arguments: 'a', 'b', and 'c'
check(lambda: f(1))  # expect: f() missing 2 required positional arguments: 'b' and 'c'
check(lambda: g(1))  # expect: g() takes 0 positional arguments but 1 was given
check(lambda: h(1, 2, 3))  # expect: h() takes from 1 to 2 positional arguments but 3 were given
check(lambda: k())  # expect: k() missing 2 required keyword-only arguments: 'x' and 'y'
check(lambda: h())  # expect: h() missing 1 required positional argument: 'a'
