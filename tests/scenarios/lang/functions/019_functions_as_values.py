# functions are values: stored in dicts, passed and returned
def add(a, b):
    return a + b


def mul(a, b):
    return a * b


ops = {"+": add, "*": mul}
print(ops["+"](2, 3), ops["*"](2, 3))  # expect: 5 6


def apply_twice(f, x):
    return f(f(x))


print(apply_twice(lambda v: v * 3, 2))  # expect: 18
print(add.__name__, (lambda: 0).__name__)  # expect: add <lambda>
fs = [len, str.upper, abs]
print(fs[0]("abc"), fs[1]("abc"), fs[2](-1))  # expect: 3 ABC 1
alias = add
print(alias is add, alias(1, 1))  # expect: True 2
