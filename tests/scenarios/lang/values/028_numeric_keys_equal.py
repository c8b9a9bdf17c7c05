# equal numbers are the same dict key / set member: 1, 1.0 and True
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)  # expect: {1: 'bool'}
print({1: "a", True: "b", 2: "c"})  # expect: {1: 'b', 2: 'c'}
print({0, False, 0.0})  # expect: {0}
print({1.0, 1})  # expect: {1.0}
print(1.0 in [1], True in [1])  # expect: True True
print({"k": 1}.get("k"), {2: "two"}[2.0])  # expect: 1 two
