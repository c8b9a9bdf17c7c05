# two list elements without a comma between them
# error at 4:6: SyntaxError: invalid syntax. Perhaps you forgot a comma?
a = 1
x = [1 2]
print(x)
