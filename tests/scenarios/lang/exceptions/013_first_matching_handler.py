# the first matching except clause wins, even if a later one is more specific
try:
    1 / 0
except ArithmeticError:
    print("ArithmeticError branch")  # expect: ArithmeticError branch
except ZeroDivisionError:
    print("never reached")
try:
    int("?")
except (TypeError, KeyError):
    print("no")
except Exception as e:
    print("generic", type(e).__name__)  # expect: generic ValueError
