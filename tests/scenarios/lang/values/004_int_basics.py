# small int arithmetic and int() from strings with whitespace/underscores
print(7 + 3, 7 - 3, 7 * 3)  # expect: 10 4 21
print(7 / 2)  # expect: 3.5
print(6 / 3)  # expect: 2.0
print(7 // 2, 7 % 2)  # expect: 3 1
print(2 ** 10)  # expect: 1024
print(0 == -0)  # expect: True
print(-0)  # expect: 0
print(int("-42") + 1)  # expect: -41
print(int("  17\n"))  # expect: 17
print(int("1_000"))  # expect: 1000
print(int("+5"))  # expect: 5
print(int())  # expect: 0
