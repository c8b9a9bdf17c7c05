# An exception raised in __del__ cannot reach the program: CPython reports it on stderr and goes on.
class Fragile:
    def __del__(self):
        print("__del__ starts")
        raise ValueError("broken __del__")


f = Fragile()
f = None
print("the program goes on")
# expect: __del__ starts
# expect: the program goes on
# expect stderr: Traceback (most recent call last):
# expect stderr:     raise ValueError("broken __del__")
# expect stderr: ValueError: broken __del__


# __del__ can still use the object and the globals.
log = []


class Logged:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)


for i in range(3):
    Logged(i)
print(log)  # expect: [0, 1, 2]


# A generator that is dropped inside __del__ is closed there.
def steps():
    try:
        yield 1
    finally:
        print("steps closed")


class Owner:
    def __init__(self):
        self.gen = steps()
        next(self.gen)

    def __del__(self):
        print("owner goes")


o = Owner()
del o
# expect: owner goes
# expect: steps closed
print("end")  # expect: end
