# __exit__ returning True suppresses the exception
class Suppress:
    def __enter__(self):
        return "value"

    def __exit__(self, t, v, tb):
        if t is not None:
            print("suppressing", t.__name__, v)
        return True


with Suppress() as s:
    print(s)  # expect: value
    raise KeyError("k")
    print("never")
print("after with")
# expect: suppressing KeyError 'k'
# expect: after with
