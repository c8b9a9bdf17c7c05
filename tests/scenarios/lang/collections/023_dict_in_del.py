# in, del and KeyError on dicts
d = {"a": 1, "b": 2}
print("a" in d, "z" not in d)  # expect: True True
del d["a"]
print(d)  # expect: {'b': 2}
try:
    del d["a"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'a'
try:
    d["missing"]
except KeyError as e:
    print(repr(e))  # expect: KeyError('missing')
try:
    {(1, 2): 0}[(2, 1)]
except KeyError as e:
    print(e)  # expect: (2, 1)
