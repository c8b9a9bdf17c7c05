# union, intersection, difference and symmetric difference
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b)  # expect: {1, 2, 3, 4, 5}
print(a & b)  # expect: {3, 4}
print(a - b)  # expect: {1, 2}
print(b - a)  # expect: {5}
print(a ^ b)  # expect: {1, 2, 5}
print(a.union([6]), a.intersection(range(3)))  # expect: {1, 2, 3, 4, 6} {1, 2}
print(a.difference({1}), a.symmetric_difference({1, 7}))  # expect: {2, 3, 4} {2, 3, 4, 7}
print(a & set())  # expect: set()
try:
    a | [5]
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for |: 'set' and 'list'
