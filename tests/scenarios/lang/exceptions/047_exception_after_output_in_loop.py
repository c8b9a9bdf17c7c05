# output produced before an uncaught exception is kept
total = 0
for n in [5, 3, 0, 2]:
    total += 60 // n
    print("running total", total)
# expect: running total 12
# expect: running total 32
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
