# split() and subgroup() by type, tuple of types or predicate keep the nesting; derive()
inner = ExceptionGroup("inner", [TypeError(2), ValueError(3)])
eg = ExceptionGroup("top", [ValueError(1), inner, KeyError(4)])

match, rest = eg.split(ValueError)
print(repr(match))  # expect: ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])
print(repr(rest))  # expect: ExceptionGroup('top', [ExceptionGroup('inner', [TypeError(2)]), KeyError(4)])
print(match.exceptions[0] is eg.exceptions[0])  # expect: True
print(repr(eg.subgroup(TypeError)), eg.subgroup(OSError))
# expect: ExceptionGroup('top', [ExceptionGroup('inner', [TypeError(2)])]) None
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])  # expect: True None
print(eg.split((TypeError, KeyError)))
# expect: (ExceptionGroup('top', [ExceptionGroup('inner', [TypeError(2)]), KeyError(4)]), ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])]))
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
# expect: (ExceptionGroup('top', [ExceptionGroup('inner', [TypeError(2), ValueError(3)])]), ExceptionGroup('top', [ValueError(1), KeyError(4)]))


def is_key_error(e):
    print("  asked about", type(e).__name__, e)
    return isinstance(e, KeyError)


print(eg.subgroup(is_key_error))
# expect:   asked about ExceptionGroup top (3 sub-exceptions)
# expect:   asked about ValueError 1
# expect:   asked about ExceptionGroup inner (2 sub-exceptions)
# expect:   asked about TypeError 2
# expect:   asked about ValueError 3
# expect:   asked about KeyError 4
# expect: top (1 sub-exception)

for matcher in [1, print, (ValueError, 1), [ValueError], "ValueError"]:
    try:
        eg.split(matcher)
    except TypeError as e:
        print("TypeError:", e)
# expect: TypeError: expected a function, exception type or tuple of exception types
# expect: TypeError: expected a function, exception type or tuple of exception types
# expect: TypeError: expected a function, exception type or tuple of exception types
# expect: TypeError: expected a function, exception type or tuple of exception types
# expect: TypeError: expected a function, exception type or tuple of exception types
try:
    eg.split()
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: split expected 1 argument, got 0

# the parts keep the group's cause and context (and never print the context)
cause = OSError("cause")
try:
    raise ExceptionGroup("caused", [ValueError(1), TypeError(2)]) from cause
except ExceptionGroup as caught:
    part = caught.subgroup(TypeError)
    print(repr(part), part.__cause__ is cause, part.__suppress_context__)
    # expect: ExceptionGroup('caused', [TypeError(2)]) True True

print(repr(eg.derive([KeyError(9)])))  # expect: ExceptionGroup('top', [KeyError(9)])


class Plain(ExceptionGroup):
    pass


class KeepsType(ExceptionGroup):
    def derive(self, excs):
        return KeepsType(self.message + "!", excs)


p = Plain("plain", [ValueError(1), TypeError(2)])
print(type(p.split(ValueError)[0]).__name__, type(p.subgroup(lambda e: True)).__name__)  # expect: ExceptionGroup Plain
print(KeepsType("kept", [ValueError(1), TypeError(2)]).split(ValueError))
# expect: (KeepsType('kept!', [ValueError(1)]), KeepsType('kept!', [TypeError(2)]))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5


try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: derive must return an instance of BaseExceptionGroup
