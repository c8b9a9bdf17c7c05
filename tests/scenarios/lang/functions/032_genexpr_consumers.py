# generator expressions fed to sum/list/max/any/sorted/tuple
print(sum(x * x for x in range(5)))  # expect: 30
print(list(c.upper() for c in "ab"))  # expect: ['A', 'B']
print(max(len(w) for w in ["a", "abc", "ab"]))  # expect: 3
print(any(x > 3 for x in [1, 5]))  # expect: True
print(tuple(x for x in [1, 2]))  # expect: (1, 2)
print(sorted((x % 3 for x in range(6)), reverse=True))  # expect: [2, 2, 1, 1, 0, 0]
print("".join(str(d) for d in range(5)))  # expect: 01234
