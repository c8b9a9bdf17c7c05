# repr of dicts with nested containers and strings
d = {"list": [1, 2], "tuple": (3,), "dict": {"x": None}, "str": "it's", 5: 1.5}
print(d)  # expect: {'list': [1, 2], 'tuple': (3,), 'dict': {'x': None}, 'str': "it's", 5: 1.5}
print(str(d) == repr(d))  # expect: True
print({(1, 2): {"a": []}})  # expect: {(1, 2): {'a': []}}
print([{}, {"k": {}}])  # expect: [{}, {'k': {}}]
