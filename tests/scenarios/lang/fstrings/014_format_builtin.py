# the format() builtin applies a format spec to one value
print(format(3.14159, ".2f"))  # expect: 3.14
print(format(42, "05d"))  # expect: 00042
print(format(255, "x"))  # expect: ff
print("[" + format("hi", "^6") + "]")  # expect: [  hi  ]
print(format(1234567, ","))  # expect: 1,234,567
print(format(0.5))  # expect: 0.5
print(format(True), format(True, "d"))  # expect: True 1
print(format(10, "b"))  # expect: 1010
print(format("x") + format(None))  # expect: xNone
