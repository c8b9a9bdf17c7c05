# ExceptionGroup: message, exceptions, str() and repr(); BaseExceptionGroup picks ExceptionGroup
# when every member is an Exception
eg = ExceptionGroup("two problems", [ValueError("a"), TypeError("b")])
print(str(eg))  # expect: two problems (2 sub-exceptions)
print(repr(eg))  # expect: ExceptionGroup('two problems', [ValueError('a'), TypeError('b')])
print(eg.message)  # expect: two problems
print(eg.exceptions)  # expect: (ValueError('a'), TypeError('b'))
print(eg.args)  # expect: ('two problems', [ValueError('a'), TypeError('b')])
print(str(ExceptionGroup("one", (KeyError("k"),))))  # expect: one (1 sub-exception)

base = BaseExceptionGroup("all exceptions", [ValueError(1)])
print(type(base).__name__, isinstance(base, Exception))  # expect: ExceptionGroup True
base = BaseExceptionGroup("with a base exception", [ValueError(1), KeyboardInterrupt()])
print(type(base).__name__, isinstance(base, Exception))  # expect: BaseExceptionGroup False

print(ExceptionGroup.__mro__)
# expect: (<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))  # expect: True False
print(eg.exceptions is eg.exceptions, type(eg.exceptions).__name__)  # expect: True tuple

nested = ExceptionGroup("outer", [eg, OSError("disk")])
print(repr(nested))
# expect: ExceptionGroup('outer', [ExceptionGroup('two problems', [ValueError('a'), TypeError('b')]), OSError('disk')])
print(nested.exceptions[0] is eg)  # expect: True

try:
    eg.message = "changed"
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: readonly attribute
try:
    eg.exceptions = ()
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: readonly attribute


class Mine(ExceptionGroup):
    def __str__(self):
        return "mine: " + self.message


m = Mine("custom", [ValueError(0)])
print(str(m), repr(m), isinstance(m, ExceptionGroup))  # expect: mine: custom Mine('custom', [ValueError(0)]) True
