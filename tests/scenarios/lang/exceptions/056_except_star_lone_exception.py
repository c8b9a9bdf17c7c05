# a lone exception reaches an except* clause wrapped in ExceptionGroup('', [exc]); a group that
# matches the clause type as a whole is handed over as it is
def f(exc):
    try:
        raise exc
    except* ValueError as eg:
        print(type(eg).__name__, repr(eg), eg.exceptions[0] is exc)
    except* OSError as eg:
        print("os:", repr(eg))


f(ValueError("alone"))  # expect: ExceptionGroup ExceptionGroup('', (ValueError('alone'),)) True
f(FileNotFoundError(2, "missing"))  # expect: os: ExceptionGroup('', (FileNotFoundError(2, 'missing'),))
try:
    f(KeyError("other"))
except KeyError as e:
    print("unmatched, it passes through unchanged:", repr(e))
    # expect: unmatched, it passes through unchanged: KeyError('other')

eg = ExceptionGroup("whole", [ValueError(1)])
try:
    raise eg
except* Exception as caught:
    print(caught is eg)  # expect: True

try:
    raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), ZeroDivisionError(3)])
except* (ValueError, ArithmeticError) as e:
    print("tuple:", repr(e))  # expect: tuple: ExceptionGroup('mixed', [ValueError(1), ZeroDivisionError(3)])
except* TypeError as e:
    print("rest:", repr(e))  # expect: rest: ExceptionGroup('mixed', [TypeError(2)])
