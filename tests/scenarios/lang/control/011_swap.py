# tuple assignment evaluates the right side first, then assigns left to right
a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)  # expect: [3, 2, 1]
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)  # expect: 3 1 2
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)  # expect: 1 [10, 99]
