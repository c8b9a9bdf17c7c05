# one handler for several exception types
def parse(v):
    try:
        return int(v) / (len(v) - 1)
    except (ValueError, ZeroDivisionError) as e:
        return f"{type(e).__name__}: {e}"


print(parse("12"))  # expect: 12.0
print(parse("x"))  # expect: ValueError: invalid literal for int() with base 10: 'x'
print(parse("5"))  # expect: ZeroDivisionError: division by zero
