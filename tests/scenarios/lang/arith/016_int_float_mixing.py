# mixing ints and floats promotes to float
print(1 + 2.0)  # expect: 3.0
print(3 * 1.5)  # expect: 4.5
print(10 - 0.5)  # expect: 9.5
print(2 ** 0.5)  # expect: 1.4142135623730951
print(7 // 2.0)  # expect: 3.0
print(7 % 2.0)  # expect: 1.0
print(True + 0.5)  # expect: 1.5
print(10 ** 20 + 0.0)  # expect: 1e+20
print(3 * 0.1)  # expect: 0.30000000000000004
