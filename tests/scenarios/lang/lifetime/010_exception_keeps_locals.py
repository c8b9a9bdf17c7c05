# The traceback of an exception keeps the frames it passed through alive, and with them their
# local variables: they go when the exception goes, usually at the end of the `except` block.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def inner():
    a = Tracked("inner a")
    b = Tracked("inner b")
    raise ValueError("from inner")


def outer():
    kept = Tracked("outer")
    inner()


try:
    outer()
except ValueError:
    print("caught")
print("after the except block")
# expect: caught
# expect: del inner a
# expect: del inner b
# expect: del outer
# expect: after the except block

try:
    outer()
except ValueError as e:
    saved = e
print("the exception was saved")  # expect: the exception was saved
del saved
# expect: del inner a
# expect: del inner b
# expect: del outer


# A generator's frame is cleared when it finishes; an exception out of it keeps its locals too.
def failing():
    local = Tracked("generator local")
    yield 1
    raise KeyError("k")


it = failing()
next(it)
try:
    next(it)
except KeyError:
    print("the generator raised")
print("its locals went with the exception")
# expect: the generator raised
# expect: del generator local
# expect: its locals went with the exception


# An exception caught inside the interpreter (hasattr) goes at once.
class Lazy:
    def __getattr__(self, name):
        temporary = Tracked("in __getattr__")
        raise AttributeError(name)


print(hasattr(Lazy(), "missing"))
# expect: del in __getattr__
# expect: False


def finishes():
    local = Tracked("returned generator local")
    yield 1


print(list(finishes()))
# expect: del returned generator local
# expect: [1]
