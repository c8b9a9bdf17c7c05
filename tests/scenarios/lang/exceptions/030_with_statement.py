# __enter__ result is bound by as; __exit__ runs in reverse order
class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False


with Managed("a") as m:
    print("body", m.name)
# expect: enter a
# expect: body a
# expect: exit a None
with Managed("x") as m1, Managed("y") as m2:
    print("both")
# expect: enter x
# expect: enter y
# expect: both
# expect: exit y None
# expect: exit x None
