# an uncaught error in a binary operation: the operator is marked with ^, the operands with ~
def average(total, count):
    return (total) / count  # the parentheses are not the operator


print(average(10, 4))  # expect: 2.5
print(average(10, 0) + 1)
# expect stderr:     print(average(10, 0) + 1)
# expect stderr:           ^^^^^^^^^^^^^^
# expect stderr:     return (total) / count  # the parentheses are not the operator
# expect stderr:            ~~~~~~~~^~~~~~~
# expect runtime error: ZeroDivisionError: division by zero
