# None is a keyword and cannot be assigned
# error at 4:1: SyntaxError: cannot assign to None
x = 1
None = x
print(x)
