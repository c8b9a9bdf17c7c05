# update() and the | and |= operators; the right operand wins
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)  # expect: {'x': 1, 'y': 20, 'z': 30}
print(b | a)  # expect: {'y': 2, 'z': 30, 'x': 1}
a.update(b)
print(a)  # expect: {'x': 1, 'y': 20, 'z': 30}
a.update(w=0)
print(a)  # expect: {'x': 1, 'y': 20, 'z': 30, 'w': 0}
a.update([("x", -1)])
print(a)  # expect: {'x': -1, 'y': 20, 'z': 30, 'w': 0}
c = {"k": 1}
c |= {"k": 2, "m": 3}
print(c)  # expect: {'k': 2, 'm': 3}
