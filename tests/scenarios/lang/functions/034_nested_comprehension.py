# comprehensions nested inside comprehensions
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])  # expect: [[1, 4], [2, 5], [3, 6]]
print([n for row in matrix for n in row])  # expect: [1, 2, 3, 4, 5, 6]
print([[0] * 2 for _ in range(2)])  # expect: [[0, 0], [0, 0]]
print({k: [v * 2 for v in vs] for k, vs in {"a": [1, 2]}.items()})  # expect: {'a': [2, 4]}
print([[j for j in range(i)] for i in range(4)])  # expect: [[], [0], [0, 1], [0, 1, 2]]
