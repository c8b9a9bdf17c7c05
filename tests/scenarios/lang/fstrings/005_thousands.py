# , and _ grouping for ints and floats
print(f"{1234567:,}")  # expect: 1,234,567
print(f"{1234567:_}")  # expect: 1_234_567
print(f"{1234567.891:,.2f}")  # expect: 1,234,567.89
print(f"{-1000:,}")  # expect: -1,000
print(f"{999:,}")  # expect: 999
print(f"{0xFFFFFFFF:_x}")  # expect: ffff_ffff
print(f"{12345.6789:,}")  # expect: 12,345.6789
print(f"{1234567:010,}")  # expect: 01,234,567
