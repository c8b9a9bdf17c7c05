# an unclosed brace followed by more code is still reported as never closed
# error at 4:5: SyntaxError: '{' was never closed
x = 1
d = {"a": 1,
print(d)
