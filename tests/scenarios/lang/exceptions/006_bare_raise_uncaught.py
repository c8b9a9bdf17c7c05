# a re-raised exception that nobody catches ends the program
items = []
try:
    items[0]
except IndexError:
    print("handling")  # expect: handling
    raise
# expect runtime error: IndexError: list index out of range
