# a global declaration after the name was already assigned in the function
# error at 5:5: SyntaxError: name 'x' is assigned to before global declaration
def f():
    x = 1
    global x
