# an uncaught error in a subscript: the brackets are marked with ^, what is indexed with ~
grid = [[1, 2], [3, 4]]
print(grid[1][0])  # expect: 3
row = 2
print(grid[row - 1][row])
# expect stderr:     print(grid[row - 1][row])
# expect stderr:           ~~~~~~~~~~~~~^^^^^
# expect runtime error: IndexError: list index out of range
