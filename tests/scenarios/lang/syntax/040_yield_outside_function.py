# yield at module level
# error at 4:1: SyntaxError: 'yield' outside function
x = 1
yield x
print(x)
