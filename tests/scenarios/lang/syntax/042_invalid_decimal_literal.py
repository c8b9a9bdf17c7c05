# a number immediately followed by letters
# error at 4:5: SyntaxError: invalid decimal literal
y = 0
x = 1abc
print(x)
