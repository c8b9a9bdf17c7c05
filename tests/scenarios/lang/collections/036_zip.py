# zip stops at the shortest input; zip(*pairs) transposes
print(list(zip([1, 2, 3], "ab")))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip()))  # expect: []
names = ["a", "b"]
ages = [1, 2]
for n, a in zip(names, ages):
    print(n, a)
# expect: a 1
# expect: b 2
print(list(zip(*[(1, "x"), (2, "y")])))  # expect: [(1, 2), ('x', 'y')]
print(dict(zip(["k1", "k2"], range(10))))  # expect: {'k1': 0, 'k2': 1}
print(list(zip([1, 2], [3, 4], [5, 6])))  # expect: [(1, 3, 5), (2, 4, 6)]
