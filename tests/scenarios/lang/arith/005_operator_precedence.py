# precedence of arithmetic, shift, bitwise and not
print(2 + 3 * 4)  # expect: 14
print((2 + 3) * 4)  # expect: 20
print(10 - 4 - 3)  # expect: 3
print(100 / 10 / 5)  # expect: 2.0
print(2 * 3 % 4)  # expect: 2
print(1 + 2 << 1)  # expect: 6
print(1 | 2 ^ 3 & 4)  # expect: 3
print(not 1 == 2)  # expect: True
print(8 // 3 * 3)  # expect: 6
print(2 ** 2 * 3)  # expect: 12
print(1 + 2 == 3 and 2 < 3)  # expect: True
