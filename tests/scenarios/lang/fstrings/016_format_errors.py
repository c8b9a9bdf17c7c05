# errors from bad fields and bad format codes
def attempt(f):
    try:
        print(f())
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: "{} {}".format(1))  # expect: IndexError: Replacement index 1 out of range for positional args tuple
attempt(lambda: "{x}".format(y=1))  # expect: KeyError: 'x'
attempt(lambda: f"{'abc':d}")  # expect: ValueError: Unknown format code 'd' for object of type 'str'
attempt(lambda: format(3.5, "d"))  # expect: ValueError: Unknown format code 'd' for object of type 'float'
attempt(lambda: "{0}{}".format(1, 2))  # expect: ValueError: cannot switch from manual field specification to automatic field numbering
attempt(lambda: format("s", "+"))  # expect: ValueError: Sign not allowed in string format specifier
