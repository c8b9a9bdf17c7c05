# arbitrary-precision ints: powers of two beyond 64 bits
print(2 ** 64)  # expect: 18446744073709551616
print(2 ** 100)  # expect: 1267650600228229401496703205376
print(2 ** 63 - 1)  # expect: 9223372036854775807
print(-(2 ** 63))  # expect: -9223372036854775808
print(2 ** 63)  # expect: 9223372036854775808
print(2 ** 64 + 1 - 2 ** 64)  # expect: 1
print(len(str(2 ** 1000)))  # expect: 302
print(9223372036854775807 + 1)  # expect: 9223372036854775808
print(-9223372036854775808 - 1)  # expect: -9223372036854775809
