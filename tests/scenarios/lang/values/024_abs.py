# abs() on ints, floats, bools and big ints
print(abs(-5), abs(5), abs(0))  # expect: 5 5 0
print(abs(-2.5))  # expect: 2.5
print(abs(-0.0))  # expect: 0.0
print(abs(-10 ** 20))  # expect: 100000000000000000000
print(abs(True), abs(False))  # expect: 1 0
print(abs(float("-inf")))  # expect: inf
print(abs(-9223372036854775808))  # expect: 9223372036854775808
