# ways to build dicts; equal keys (1 and True) collapse into the first key
print(dict(a=1, b=2))  # expect: {'a': 1, 'b': 2}
print(dict(zip("abc", [1, 2, 3])))  # expect: {'a': 1, 'b': 2, 'c': 3}
print(dict([("x", 1), ("y", 2)]))  # expect: {'x': 1, 'y': 2}
print(dict({"a": 1}, b=2))  # expect: {'a': 1, 'b': 2}
print(dict.fromkeys(["a", "b"], 0))  # expect: {'a': 0, 'b': 0}
print(dict())  # expect: {}
print({1: "one", 2.5: "x", (1, 2): "t", None: 0, True: "yes"})  # expect: {1: 'yes', 2.5: 'x', (1, 2): 't', None: 0}
