# using an undefined name inside a function
def f():
    return undefined_thing + 1


print("before")  # expect: before
f()
# expect runtime error: NameError: name 'undefined_thing' is not defined
