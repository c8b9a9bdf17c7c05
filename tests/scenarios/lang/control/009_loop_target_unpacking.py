# for targets can unpack nested structures
pairs = [("a", 1), ("b", 2)]
for i, (name, val) in enumerate(pairs):
    print(i, name, val)
# expect: 0 a 1
# expect: 1 b 2
for (a, b), c in [((1, 2), 3)]:
    print(a + b + c)  # expect: 6
data = [[1, [2, 3]], [4, [5, 6]]]
for x, [y, z] in data:
    print(x * y * z)
# expect: 6
# expect: 120
for first, *rest in ["abc", "de"]:
    print(first, rest)
# expect: a ['b', 'c']
# expect: d ['e']
