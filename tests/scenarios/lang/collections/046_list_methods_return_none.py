# mutating list methods return None, a common source of bugs
a = [3, 1, 2]
b = a.sort()
print(b, a)  # expect: None [1, 2, 3]
c = a.append(4)
print(c)  # expect: None
r = a.reverse()
print(r, a)  # expect: None [4, 3, 2, 1]
print(sorted(a), a)  # expect: [1, 2, 3, 4] [4, 3, 2, 1]
print(a.extend([0]), a)  # expect: None [4, 3, 2, 1, 0]
