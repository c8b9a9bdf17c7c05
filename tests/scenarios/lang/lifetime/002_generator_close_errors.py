# close() by hand, and what goes wrong when a generator is closed: the errors of a close at a
# reference drop cannot be caught, so CPython reports them on stderr ("Exception ignored in").
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("refusing to stop")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("close():", e)
# expect: refusing to stop
# expect: close(): generator ignored GeneratorExit

# The same generator dropped: the RuntimeError has nowhere to go.
s = None
print("after the drop")
# expect: refusing to stop
# expect: after the drop
# expect stderr: RuntimeError: generator ignored GeneratorExit
# expect stderr: Traceback (most recent call last):
# expect stderr:     s = None


def broken_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


b = broken_cleanup()
next(b)
del b
print("the ValueError was only reported")  # expect: the ValueError was only reported
# expect stderr:     raise ValueError("cleanup failed")
# expect stderr: ValueError: cleanup failed


# close() on a finished or a never-started generator does nothing visible; a second close neither.
def two():
    yield 1
    yield 2


t = two()
t.close()
t.close()
print(list(t))  # expect: []
t = two()
print(next(t), list(t))  # expect: 1 [2]
t.close()
print("closed twice")  # expect: closed twice


# A generator that returns from its finally on close ends normally.
def returns_on_close():
    try:
        yield 1
    finally:
        return "ignored value"


r = returns_on_close()
next(r)
print(r.close())  # expect: None


# throw() into a generator that does not catch it: the exception comes back out.
def plain():
    yield 1
    yield 2


p = plain()
next(p)
try:
    p.throw(KeyError("k"))
except KeyError as e:
    print("came back:", repr(e))  # expect: came back: KeyError('k')
print(list(p))  # expect: []
