# __exit__ returning None lets the exception propagate; it also runs on return
class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None)


try:
    with CM():
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e)
# expect: enter
# expect: exit sees ValueError
# expect: propagated: inside


def f():
    with CM():
        return "returned"


print(f())
# expect: enter
# expect: exit sees None
# expect: returned
