# and/or return one of their operands, not necessarily a bool
print(0 or "default")  # expect: default
print("" or [] or None)  # expect: None
print(1 and 2)  # expect: 2
print(0 and 2)  # expect: 0
print([] and "x")  # expect: []
print("a" or "b")  # expect: a
print(None or 0)  # expect: 0
print(3 and 0 or 5)  # expect: 5
print(1 or 1 / 0)  # expect: 1
x = [] or {}
print(x)  # expect: {}
print(repr("" and "never"))  # expect: ''
