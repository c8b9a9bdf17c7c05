# a reserved keyword used as a variable name
# error at 4:7: SyntaxError: invalid syntax
x = 1
class = 5
print(x)
