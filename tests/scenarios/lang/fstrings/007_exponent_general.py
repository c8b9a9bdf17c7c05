# e, E and g presentation types
x = 12345.678
print(f"{x:e}")  # expect: 1.234568e+04
print(f"{x:.2e}")  # expect: 1.23e+04
print(f"{x:E}")  # expect: 1.234568E+04
print(f"{x:g}")  # expect: 12345.7
print(f"{0.00001234:g}")  # expect: 1.234e-05
print(f"{1e20:g}")  # expect: 1e+20
print(f"{100.0:g}")  # expect: 100
print(f"{0.0001:g}")  # expect: 0.0001
print(f"{1234567.0:g}")  # expect: 1.23457e+06
print(f"{x:.3g}")  # expect: 1.23e+04
print(f"{5:e}")  # expect: 5.000000e+00
