# a missing colon after an if condition; the column is just past the condition
# error at 4:9: SyntaxError: expected ':'
x = 3
if x > 1
    print(x)
