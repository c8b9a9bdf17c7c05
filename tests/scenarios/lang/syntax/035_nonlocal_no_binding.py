# nonlocal must name a variable of an enclosing function
# error at 4:5: SyntaxError: no binding for nonlocal 'y' found
def f():
    nonlocal y
    y = 1
