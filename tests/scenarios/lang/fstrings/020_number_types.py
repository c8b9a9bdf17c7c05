# default formatting of numbers inside f-strings matches str()
print(f"{10/4}")  # expect: 2.5
print(f"{1e16}")  # expect: 1e+16
print(f"{2**64}")  # expect: 18446744073709551616
print(f"{0.1+0.2}")  # expect: 0.30000000000000004
print(f"{-0.0}")  # expect: -0.0
print(f"{True}")  # expect: True
print(f"{True:d}")  # expect: 1
print(f"{3:.2f}")  # expect: 3.00
print(f"{7:g}")  # expect: 7
