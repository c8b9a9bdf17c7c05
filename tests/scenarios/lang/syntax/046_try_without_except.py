# a try block needs an except or finally clause
# error at 5:1: SyntaxError: expected 'except' or 'finally' block
try:
    x = 1
print(x)
