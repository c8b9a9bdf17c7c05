# arity errors on methods use the qualified name and count self
class C:
    def m(self, a):
        return a


def attempt(f):
    try:
        f()
    except TypeError as e:
        print(e)


attempt(lambda: C().m())  # expect: C.m() missing 1 required positional argument: 'a'
attempt(lambda: C().m(1, 2))  # expect: C.m() takes 2 positional arguments but 3 were given
attempt(lambda: C.m(1))  # expect: C.m() missing 1 required positional argument: 'a'
attempt(lambda: C(1))  # expect: C() takes no arguments
