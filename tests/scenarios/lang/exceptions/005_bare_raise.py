# a bare raise re-raises the exception being handled
def risky():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise


try:
    risky()
except ValueError as e:
    print("outer caught:", e)
# expect: logging and re-raising
# expect: outer caught: invalid literal for int() with base 10: 'x'
