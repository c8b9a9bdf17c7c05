# a decorator replaces the function with its wrapper
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper


@shout
def greet(name):
    return f"hello {name}"


print(greet("ann"))  # expect: HELLO ANN!
print(greet.__name__)  # expect: wrapper
