# chained assignment binds every target to the same object, left to right
a = b = []
a.append(1)
print(a, b)  # expect: [1] [1]
x = y = 5
x += 1
print(x, y)  # expect: 6 5
p = q = r = "s"
print(p + q + r)  # expect: sss
lst = [0, 0, 0]
k = lst[k] = 2
print(k, lst)  # expect: 2 [0, 0, 2]
