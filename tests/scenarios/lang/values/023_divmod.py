# divmod on ints and floats with every sign combination
print(divmod(17, 5))  # expect: (3, 2)
print(divmod(-17, 5))  # expect: (-4, 3)
print(divmod(17, -5))  # expect: (-4, -3)
print(divmod(-17, -5))  # expect: (3, -2)
print(divmod(7.5, 2))  # expect: (3.0, 1.5)
print(divmod(-7.5, 2))  # expect: (-4.0, 0.5)
print(divmod(0, 3))  # expect: (0, 0)
print(divmod(10 ** 20, 7))  # expect: (14285714285714285714, 2)
