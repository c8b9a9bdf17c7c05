# continue inside a function body that has no loop
# error at 5:5: SyntaxError: 'continue' not properly in loop
def f():
    x = 1
    continue
