# append adds one element, extend adds each element, insert clamps its index
a = [1, 2]
a.append(3); print(a)  # expect: [1, 2, 3]
a.append([4, 5]); print(a)  # expect: [1, 2, 3, [4, 5]]
b = [1, 2]
b.extend([3, 4]); print(b)  # expect: [1, 2, 3, 4]
b.extend("ab"); print(b)  # expect: [1, 2, 3, 4, 'a', 'b']
c = [1, 3]
c.insert(1, 2); print(c)  # expect: [1, 2, 3]
c.insert(0, 0); print(c)  # expect: [0, 1, 2, 3]
c.insert(100, 9); print(c)  # expect: [0, 1, 2, 3, 9]
c.insert(-1, 8); print(c)  # expect: [0, 1, 2, 3, 8, 9]
c.insert(-100, -1); print(c)  # expect: [-1, 0, 1, 2, 3, 8, 9]
print(a.append(0))  # expect: None
