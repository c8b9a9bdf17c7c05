# starred targets collect the middle of a sequence into a list
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)  # expect: 1 [2, 3, 4] 5
a, *b, c = [1, 2]
print(a, b, c)  # expect: 1 [] 2
*init, last = "abc"
print(init, last)  # expect: ['a', 'b'] c
first, *rest = range(3)
print(first, rest)  # expect: 0 [1, 2]
(x, *y), z = (1, 2, 3), 4
print(x, y, z)  # expect: 1 [2, 3] 4
*all_items, = (7, 8)
print(all_items)  # expect: [7, 8]
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected at least 2, got 1)
