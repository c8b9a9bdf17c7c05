# what BaseExceptionGroup(message, exceptions) refuses, with CPython's messages
class MyGroup(ExceptionGroup):
    pass


attempts = [
    (),
    ("only a message",),
    (1, [ValueError()]),
    ("empty", []),
    ("not exceptions", [ValueError(), 1]),
    ("a set", {ValueError()}),
    ("a string", "ab"),
    ("too many", [ValueError()], 3),
]
for args in attempts:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (0 given)
# expect: TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: ValueError: second argument (exceptions) must be a non-empty sequence
# expect: ValueError: Item 1 of second argument (exceptions) is not an exception
# expect: TypeError: second argument (exceptions) must be a sequence
# expect: ValueError: Item 0 of second argument (exceptions) is not an exception
# expect: TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (3 given)

for make in [lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
             lambda: MyGroup("x", [SystemExit(1)]),
             lambda: ExceptionGroup("x", [ValueError()], note=1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
# expect: TypeError: Cannot nest BaseExceptions in an ExceptionGroup
# expect: TypeError: Cannot nest BaseExceptions in 'MyGroup'
# expect: TypeError: ExceptionGroup() takes no keyword arguments

print(repr(ExceptionGroup("from a range of errors", [ValueError(i) for i in range(2)])))
# expect: ExceptionGroup('from a range of errors', [ValueError(0), ValueError(1)])
