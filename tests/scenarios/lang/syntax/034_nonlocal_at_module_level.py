# nonlocal is only allowed inside nested functions
# error at 5:1: SyntaxError: nonlocal declaration not allowed at module level
def f():
    pass
nonlocal x
