# nonlocal rebinds a variable of the enclosing function; plain assignment shadows
def outer():
    x = 1

    def inner():
        nonlocal x
        x += 1
        return x

    inner()
    inner()
    return x


print(outer())  # expect: 3


def outer2():
    x = "outer"

    def inner():
        x = "inner"
        return x

    inner()
    return x


print(outer2())  # expect: outer
