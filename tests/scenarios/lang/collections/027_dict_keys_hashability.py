# keys must be hashable: tuples are fine, lists are not
try:
    d = {[1, 2]: "x"}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
d = {(1, 2): "ok"}
print(d[(1, 2)], d[1, 2])  # expect: ok ok
try:
    d[{}] = 1
except TypeError as e:
    print(e)  # expect: unhashable type: 'dict'
print({"a": 1, "b": 2} == {"b": 2, "a": 1})  # expect: True
