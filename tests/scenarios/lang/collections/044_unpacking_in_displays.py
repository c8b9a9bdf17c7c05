# * and ** unpacking inside list, tuple, set and dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b])  # expect: [1, 2, 3, 4]
print((*a, 0))  # expect: (1, 2, 0)
print({**{"x": 1}, "y": 2, **{"x": 3}})  # expect: {'x': 3, 'y': 2}
print({*a, *b})  # expect: {1, 2, 3, 4}
print([*"hi", *range(2)])  # expect: ['h', 'i', 0, 1]
first, *rest = "hello"
print(first, rest)  # expect: h ['e', 'l', 'l', 'o']
