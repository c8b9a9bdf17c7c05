# frozenset is immutable and hashable
f = frozenset([3, 1, 2])
print(f)  # expect: frozenset({1, 2, 3})
print(2 in f, len(f))  # expect: True 3
print(f | {4})  # expect: frozenset({1, 2, 3, 4})
print({4} | f)  # expect: {1, 2, 3, 4}
d = {f: "ok"}
print(d[frozenset({1, 2, 3})])  # expect: ok
print(frozenset())  # expect: frozenset()
print(f == {1, 2, 3})  # expect: True
try:
    f.add(4)
except AttributeError as e:
    print(e)  # expect: 'frozenset' object has no attribute 'add'
