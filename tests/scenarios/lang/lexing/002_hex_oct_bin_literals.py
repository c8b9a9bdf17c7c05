# hex, octal and binary literals in either case, including big ones
print(0xff, 0XFF, 0o17, 0O17, 0b101, 0B101)  # expect: 255 255 15 15 5 5
print(0x7FFFFFFFFFFFFFFFFF)  # expect: 2361183241434822606847
print(-0x10)  # expect: -16
print(0o0, 0b0, 0x0)  # expect: 0 0 0
print(00, 0_0)  # expect: 0 0
print(0b1111_0000 | 0x0F)  # expect: 255
