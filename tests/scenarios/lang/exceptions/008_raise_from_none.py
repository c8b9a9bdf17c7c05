# raise ... from None suppresses the context
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)  # expect: clean None True
    print(type(e.__context__).__name__)  # expect: ZeroDivisionError
