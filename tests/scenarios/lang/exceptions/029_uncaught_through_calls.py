# an uncaught error deep inside a generator expression inside calls
def parse(s):
    return int(s)


def total(items):
    return sum(parse(i) for i in items)


print(total(["1", "2"]))  # expect: 3
print(total(["1", "two"]))
# expect runtime error: ValueError: invalid literal for int() with base 10: 'two'
