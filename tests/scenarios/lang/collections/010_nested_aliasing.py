# names and containers hold references; copies are shallow; += mutates in place
inner = [1, 2]
outer = [inner, inner]
inner.append(3)
print(outer)  # expect: [[1, 2, 3], [1, 2, 3]]
copy = outer.copy()
copy[0].append(4)
print(outer[1])  # expect: [1, 2, 3, 4]
copy[0] = "replaced"
print(outer[0], copy[0])  # expect: [1, 2, 3, 4] replaced
a = [1, 2]
b = a
b += [3]
print(a)  # expect: [1, 2, 3]
b = b + [4]
print(a, b)  # expect: [1, 2, 3] [1, 2, 3, 4]
