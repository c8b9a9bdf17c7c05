# a decorator factory takes arguments and returns the real decorator
def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco


@repeat(3)
def hi(x):
    return "hi " + x


print(hi("bo"))  # expect: ['hi bo', 'hi bo', 'hi bo']


@repeat(0)
def never():
    print("not called")


print(never())  # expect: []
