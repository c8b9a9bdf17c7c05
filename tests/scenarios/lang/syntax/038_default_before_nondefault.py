# a parameter without a default after one with a default (3.11 wording)
# error at 3:12: SyntaxError: non-default argument follows default argument
def f(a=1, b):
    return a + b
print(f(1, 2))
