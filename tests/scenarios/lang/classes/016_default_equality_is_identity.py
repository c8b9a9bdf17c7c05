# without __eq__, objects are equal only to themselves
class P:
    pass


a = P()
b = P()
print(a == b, a == a, a != b)  # expect: False True True
print(a in [b], a in [a])  # expect: False True
print([a].count(a), [a, b].index(b))  # expect: 1 1
