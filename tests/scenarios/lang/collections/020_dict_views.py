# keys/values/items views print with their type name and are live
d = {"x": 1, "y": 2}
print(d.keys())  # expect: dict_keys(['x', 'y'])
print(d.values())  # expect: dict_values([1, 2])
print(d.items())  # expect: dict_items([('x', 1), ('y', 2)])
k = d.keys()
d["z"] = 3
print(k)  # expect: dict_keys(['x', 'y', 'z'])
print(list(d.items())[-1])  # expect: ('z', 3)
print(len(k), "y" in k)  # expect: 3 True
print({}.keys())  # expect: dict_keys([])
