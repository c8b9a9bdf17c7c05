# a positional argument after a keyword argument in a call
# error at 5:9: SyntaxError: positional argument follows keyword argument
def f(a, b):
    return a + b
f(a=1, 2)
