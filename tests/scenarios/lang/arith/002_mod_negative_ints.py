# % on ints takes the sign of the divisor
print(7 % 3, -7 % 3)  # expect: 1 2
print(7 % -3, -7 % -3)  # expect: -2 -1
print(-1 % 10)  # expect: 9
print(10 % 5, -10 % 5)  # expect: 0 0
print((-7 // 3) * 3 + (-7 % 3))  # expect: -7
print(-13 % 4, 13 % -4)  # expect: 3 -3
