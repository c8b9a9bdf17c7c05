# handlers match subclasses; KeyboardInterrupt and SystemExit are not Exceptions
try:
    raise KeyError("x")
except LookupError as e:
    print("LookupError caught", repr(e))  # expect: LookupError caught KeyError('x')
try:
    [][1]
except Exception as e:
    print(type(e).__name__)  # expect: IndexError
print(issubclass(ZeroDivisionError, ArithmeticError))  # expect: True
print(issubclass(KeyboardInterrupt, Exception))  # expect: False
print(issubclass(KeyboardInterrupt, BaseException))  # expect: True
print(issubclass(UnboundLocalError, NameError))  # expect: True
try:
    raise SystemExit(3)
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException", type(e).__name__, e.code)  # expect: BaseException SystemExit 3
