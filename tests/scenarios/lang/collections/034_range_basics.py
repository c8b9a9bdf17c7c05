# range repr, len, indexing, slicing and negative steps
print(range(5))  # expect: range(0, 5)
print(range(2, 10, 3))  # expect: range(2, 10, 3)
print(list(range(2, 10, 3)))  # expect: [2, 5, 8]
print(len(range(0, 10, 3)))  # expect: 4
print(list(range(5, 0, -2)))  # expect: [5, 3, 1]
print(list(range(0, -5, -1)))  # expect: [0, -1, -2, -3, -4]
print(list(range(3, 3)), len(range(10, 0)))  # expect: [] 0
print(range(10)[2:5])  # expect: range(2, 5)
print(range(10)[::-1])  # expect: range(9, -1, -1)
print(range(10)[-1])  # expect: 9
print(range(0, 10, 2)[1:])  # expect: range(2, 10, 2)
print(range(1, 5) == range(1, 5), range(0) == range(2, 2))  # expect: True True
try:
    range(0, 5, 0)
except ValueError as e:
    print(e)  # expect: range() arg 3 must not be zero
