# assigning to a function call
# error at 5:1: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
def f():
    return 1
f() = 2
