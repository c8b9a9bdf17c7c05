# a new error inside an except block replaces the handled one
try:
    1 / 0
except ZeroDivisionError:
    print("handling division error")  # expect: handling division error
    [1, 2][5]
# expect runtime error: IndexError: list index out of range
