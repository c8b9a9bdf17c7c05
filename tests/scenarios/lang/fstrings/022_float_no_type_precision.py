# a float spec with precision but no type behaves like g but keeps a '.0'
print(f"{123.456:.2}")  # expect: 1.2e+02
print(f"{123.456:.5}")  # expect: 123.46
print(f"{3.0:.3}")  # expect: 3.0
print(f"{3.0:.3g}")  # expect: 3
print(f"{1e16:.2}")  # expect: 1e+16
print(f"{0.5:}")  # expect: 0.5
print(f"[{2.5:6}]")  # expect: [   2.5]
