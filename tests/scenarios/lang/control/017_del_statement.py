# del removes names, list items and dict keys
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)  # expect: name 'x' is not defined
lst = [1, 2, 3, 4]
del lst[1]
print(lst)  # expect: [1, 3, 4]
d = {"a": 1, "b": 2}
del d["a"]
print(d)  # expect: {'b': 2}
a, b = 1, 2
del a, b
try:
    print(b)
except NameError as e:
    print(e)  # expect: name 'b' is not defined
