# subset and superset comparisons
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b < b, b <= b)  # expect: True True False True
print(a.issubset(b), b.issuperset(a))  # expect: True True
print(a.isdisjoint({3, 4}))  # expect: True
print({1, 2} == {2, 1})  # expect: True
print(b > a, a > b)  # expect: True False
print({1, 2} < {3}, {3} < {1, 2})  # expect: False False
print(set() <= a)  # expect: True
