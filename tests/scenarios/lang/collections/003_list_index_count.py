# index (with start) and count on lists
a = [3, 1, 4, 1, 5, 9, 2, 6, 5]
print(a.index(1), a.index(5))  # expect: 1 4
print(a.index(1, 2))  # expect: 3
print(a.count(1), a.count(7))  # expect: 2 0
print([[1], [1]].count([1]))  # expect: 2
try:
    a.index(7)
except ValueError as e:
    print(e)  # expect: 7 is not in list
try:
    ["a"].index("b")
except ValueError as e:
    print(e)  # expect: 'b' is not in list
