# global inside a nested function skips the enclosing function's local
x = 0


def outer():
    x = 10

    def inner():
        global x
        x += 1

    inner()
    return x


print(outer(), x)  # expect: 10 1
