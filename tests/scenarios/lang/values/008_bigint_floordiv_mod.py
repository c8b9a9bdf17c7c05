# big // and % follow floor semantics for negative operands too
a = 10 ** 25 + 7
print(a // 10 ** 12)  # expect: 10000000000000
print(a % 10 ** 12)  # expect: 7
print((-a) // 10 ** 12)  # expect: -10000000000001
print((-a) % 10 ** 12)  # expect: 999999999993
print(divmod(a, 3))  # expect: (3333333333333333333333335, 2)
print(a // -(10 ** 24))  # expect: -11
print(a % -(10 ** 24))  # expect: -999999999999999999999993
