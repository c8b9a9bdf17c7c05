# in on dicts checks keys; on ranges it is arithmetic
d = {"a": 1, "b": 2}
print("a" in d, 1 in d)  # expect: True False
print(1 in d.values())  # expect: True
print(("a", 1) in d.items())  # expect: True
s = {1, 2, 3}
print(2 in s, 5 not in s)  # expect: True True
print(5 in range(0, 10, 5), 7 in range(0, 10, 5))  # expect: True False
print(-3 in range(-5, 0))  # expect: True
print(10 in range(10))  # expect: False
print(3.0 in range(5), 3.5 in range(5))  # expect: True False
print(10 ** 20 in range(10 ** 21))  # expect: True
