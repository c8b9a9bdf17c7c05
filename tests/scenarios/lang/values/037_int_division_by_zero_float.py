# dividing a float by zero is an error too (no inf result)
def try_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return "error: " + str(e)


print(try_div(1.0, 0))  # expect: error: float division by zero
print(try_div(1, 0))  # expect: error: division by zero
print(try_div(0.0, 0.0))  # expect: error: float division by zero
print(try_div(1, 0.5))  # expect: 2.0
