# // on ints floors toward negative infinity (not toward zero)
print(7 // 2, -7 // 2)  # expect: 3 -4
print(7 // -2, -7 // -2)  # expect: -4 3
print(-1 // 10)  # expect: -1
print(0 // -5)  # expect: 0
print(-6 // 3)  # expect: -2
print(-6 // 4)  # expect: -2
print(1 // -1000000)  # expect: -1
