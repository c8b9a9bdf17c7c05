# int() with an explicit base, prefixes, and hex/oct/bin output
print(int("0x1f", 16))  # expect: 31
print(int("1f", 16))  # expect: 31
print(int("FF", 16))  # expect: 255
print(int("777", 8))  # expect: 511
print(int("0o17", 8))  # expect: 15
print(int("1010", 2))  # expect: 10
print(int("0b11", 0))  # expect: 3
print(int("z", 36))  # expect: 35
print(int("-0x10", 16))  # expect: -16
print(hex(255), oct(8), bin(5))  # expect: 0xff 0o10 0b101
print(hex(-255))  # expect: -0xff
