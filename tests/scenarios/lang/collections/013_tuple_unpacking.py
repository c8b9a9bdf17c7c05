# tuple packing and (nested) unpacking, with arity errors
t = 1, 2, 3
print(t)  # expect: (1, 2, 3)
a, b, c = t
print(a, b, c)  # expect: 1 2 3
(p, q), r = (1, 2), 3
print(p, q, r)  # expect: 1 2 3
[x, y] = "ab"
print(x, y)  # expect: a b
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(e)  # expect: too many values to unpack (expected 2)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected 3, got 2)
try:
    a, b = 5
except TypeError as e:
    print(e)  # expect: cannot unpack non-iterable int object
