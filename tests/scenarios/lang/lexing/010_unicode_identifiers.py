# non-ASCII letters are valid in identifiers
变量 = 1
名前 = "ok"
café = 2
print(变量 + café)  # expect: 3
print(名前)  # expect: ok


def 函数(x):
    return x * 2


print(函数(21))  # expect: 42


class Ünïcode:
    pass


print(Ünïcode.__name__)  # expect: Ünïcode
