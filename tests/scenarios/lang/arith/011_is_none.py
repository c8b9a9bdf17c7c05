# is / is not compare identity; use them with None
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


r = find([4, 5, 6], 4)
print(r is None, r is not None, r)  # expect: False True 0
r = find([4, 5, 6], 9)
print(r is None, r is not None)  # expect: True False
a = []
b = a
c = []
print(a is b, a is c, a == c)  # expect: True False True
print(None is None)  # expect: True
