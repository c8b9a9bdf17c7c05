# int() truncates toward zero; float() accepts ints and numeric strings
print(int(3.9), int(-3.9))  # expect: 3 -3
print(int(2.5), int(-0.5))  # expect: 2 0
print(float(7))  # expect: 7.0
print(float("1e3"))  # expect: 1000.0
print(float(" -2.5 "))  # expect: -2.5
print(float("3"))  # expect: 3.0
print(float(".5"), float("5."))  # expect: 0.5 5.0
print(int(1e20))  # expect: 100000000000000000000
print(int(float("123.0")))  # expect: 123
print(float(10 ** 20))  # expect: 1e+20
print(int(1e16 + 1))  # expect: 10000000000000000
print(float())  # expect: 0.0
