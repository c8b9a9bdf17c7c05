# tuple count/index, slicing, comparison and immutability
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3))  # expect: 3 3
print((1, 2) < (1, 2, 0))  # expect: True
print((1, "a") == (1, "a"))  # expect: True
print(max([(1, "b"), (1, "a"), (0, "z")]))  # expect: (1, 'b')
print(t[1:3])  # expect: (2, 2)
print(t[::-1])  # expect: (2, 3, 2, 2, 1)
try:
    t[0] = 5
except TypeError as e:
    print(e)  # expect: 'tuple' object does not support item assignment
