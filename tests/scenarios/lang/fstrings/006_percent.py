# % presentation multiplies by 100 and appends a percent sign
r = 0.256
print(f"{r:%}")  # expect: 25.600000%
print(f"{r:.1%}")  # expect: 25.6%
print(f"{r:.0%}")  # expect: 26%
print(f"{1:%}")  # expect: 100.000000%
print(f"{0.5:.2%}")  # expect: 50.00%
print(f"{-0.125:.1%}")  # expect: -12.5%
