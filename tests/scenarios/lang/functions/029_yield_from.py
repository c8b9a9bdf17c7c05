# yield from delegates to a sub-iterator and returns its return value
def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3


print(list(outer()))
# expect: inner returned inner done
# expect: [1, 2, 3]


def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, 4]], 5])))  # expect: [1, 2, 3, 4, 5]
