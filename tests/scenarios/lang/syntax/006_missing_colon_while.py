# a missing colon after a while condition
# error at 4:12: SyntaxError: expected ':'
n = 0
while n < 3
    n += 1
