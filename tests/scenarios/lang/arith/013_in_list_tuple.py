# in on lists and tuples uses == equality
print(3 in [1, 2, 3])  # expect: True
print([1] in [[1], [2]])  # expect: True
print(1.0 in (1, 2))  # expect: True
print("a" in ("ab", "c"))  # expect: False
print(None in [0, False, ""])  # expect: False
print(0 in [False])  # expect: True
print((1, 2) in [(1, 2), (3, 4)])  # expect: True
print(2 not in (1, 3))  # expect: True
