# int / int is correctly rounded even when operands exceed float range
print(10 ** 400 / 10 ** 399)  # expect: 10.0
print(10 ** 400 // 10 ** 399)  # expect: 10
print((2 ** 1100 + 1) / 2 ** 1099)  # expect: 2.0
print(10 ** 17 / 3)  # expect: 3.3333333333333332e+16
print(1 / 10 ** 400)  # expect: 0.0
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(e)  # expect: integer division result too large for a float
