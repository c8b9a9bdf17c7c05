# assignment in a function creates a local; reading uses the global
x = "global"


def f():
    x = "local"
    return x


def g():
    return x


print(f(), x)  # expect: local global
print(g())  # expect: global


def h(x):
    x = x + "!"
    return x


print(h("arg"), x)  # expect: arg! global
