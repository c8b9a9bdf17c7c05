# a for loop missing the 'in' keyword
# error at 4:7: SyntaxError: invalid syntax
total = 0
for x range(3):
    total += x
