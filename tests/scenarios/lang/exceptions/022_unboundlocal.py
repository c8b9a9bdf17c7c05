# assigning a name anywhere in a function makes it local everywhere in it
x = 10


def f():
    print(x)
    x = 5


f()
# expect runtime error: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
