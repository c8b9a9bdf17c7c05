# no carets when the failing expression is the whole line; ~^~ even then for an operator
def ratio(a, b):
    a // b


def check(values):
    ratio(values[0], values[1])


check([3, 1])
check([3, 0])
# expect stderr:     check([3, 0])
# expect stderr:     ratio(values[0], values[1])
# expect stderr:     a // b
# expect stderr:     ~~^^~~
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
