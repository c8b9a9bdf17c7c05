# pop with and without default; popitem removes the last inserted item
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"))  # expect: 2
print(d.pop("z", "none"))  # expect: none
print(d.popitem())  # expect: ('c', 3)
print(d)  # expect: {'a': 1}
try:
    d.pop("z")
except KeyError as e:
    print(e)  # expect: 'z'
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print(e)  # expect: 'popitem(): dictionary is empty'
