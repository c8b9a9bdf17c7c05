# [row] * n repeats references to the same inner list
row = [0] * 3
grid = [row] * 2
grid[0][0] = 1
print(grid)  # expect: [[1, 0, 0], [1, 0, 0]]
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)  # expect: [[1, 0, 0], [0, 0, 0]]
nested = [[]] * 3
nested[0].append("x")
print(nested)  # expect: [['x'], ['x'], ['x']]
print([1, 2] * 2)  # expect: [1, 2, 1, 2]
print([] * 5, [0] * 0, [0] * -1)  # expect: [] [] []
