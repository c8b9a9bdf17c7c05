# float repr switches to exponent notation at 1e16 and below 1e-4
print(1e15)  # expect: 1000000000000000.0
print(1e16)  # expect: 1e+16
print(123456789.0 * 1000)  # expect: 123456789000.0
print(1.5e16)  # expect: 1.5e+16
print(0.0001)  # expect: 0.0001
print(0.00001)  # expect: 1e-05
print(1e-7)  # expect: 1e-07
print(2.5e-5)  # expect: 2.5e-05
print(1.7976931348623157e308)  # expect: 1.7976931348623157e+308
print(5e-324)  # expect: 5e-324
print(12345678901234567890.0)  # expect: 1.2345678901234567e+19
print(9999999999999998.0)  # expect: 9999999999999998.0
print(1e22, 1e100)  # expect: 1e+22 1e+100
