# reverse/copy/clear and slice copies
a = [1, 2, 3]
b = a.copy()
a.reverse()
print(a, b)  # expect: [3, 2, 1] [1, 2, 3]
c = a
a.clear()
print(a, c)  # expect: [] []
d = [1, 2]
e = d[:]
e.append(3)
print(d, e)  # expect: [1, 2] [1, 2, 3]
f = list(d)
f[0] = 99
print(d, f)  # expect: [1, 2] [99, 2]
