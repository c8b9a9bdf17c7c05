# bitwise ops on negative ints behave like infinite two's complement
print(-5 & 3)  # expect: 3
print(-5 | 3)  # expect: -5
print(-5 ^ 3)  # expect: -8
print(~5, ~-1, ~0)  # expect: -6 0 -1
print(-1 & 0xFF)  # expect: 255
print(-256 & 0xFF)  # expect: 0
print(-8 >> 1, -1 >> 10, -9 >> 2)  # expect: -4 -1 -3
print(5 & -2)  # expect: 4
print(-(2 ** 70) & 0xFFFF)  # expect: 0
print((-(2 ** 70) - 1) & 0xFFFF)  # expect: 65535
