# uncaught IndexError after partial output
items = [1, 2, 3]
for i in range(4):
    print(items[i])
# expect: 1
# expect: 2
# expect: 3
# expect runtime error: IndexError: list index out of range
