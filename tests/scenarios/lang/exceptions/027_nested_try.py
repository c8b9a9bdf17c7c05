# an inner try that does not match lets the exception reach the outer one
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")  # expect: inner finally
except ValueError as e:
    print("outer caught", e)  # expect: outer caught inner
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handled inside")  # expect: handled inside
    print("continues")  # expect: continues
except Exception:
    print("not reached")
