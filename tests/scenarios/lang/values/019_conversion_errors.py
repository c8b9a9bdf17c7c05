# failed numeric conversions raise ValueError / OverflowError with exact messages
def attempt(f, arg):
    try:
        print(f(arg))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


attempt(int, "3.5")  # expect: ValueError: invalid literal for int() with base 10: '3.5'
attempt(int, "")  # expect: ValueError: invalid literal for int() with base 10: ''
attempt(float, "abc")  # expect: ValueError: could not convert string to float: 'abc'
attempt(float, "1,5")  # expect: ValueError: could not convert string to float: '1,5'
attempt(int, float("inf"))  # expect: OverflowError: cannot convert float infinity to integer
attempt(int, float("nan"))  # expect: ValueError: cannot convert float NaN to integer
attempt(float, 10 ** 400)  # expect: OverflowError: int too large to convert to float
attempt(int, " 12 ")  # expect: 12
