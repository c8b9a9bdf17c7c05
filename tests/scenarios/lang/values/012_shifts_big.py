# left shifts grow without overflow; right shifts floor
print(1 << 100)  # expect: 1267650600228229401496703205376
print((1 << 100) >> 98)  # expect: 4
print(3 << 64)  # expect: 55340232221128654848
print(-1 << 70)  # expect: -1180591620717411303424
print(12345 >> 100)  # expect: 0
print(-12345 >> 100)  # expect: -1
print((2 ** 80 - 1) & 0xF0)  # expect: 240
print(~(2 ** 70))  # expect: -1180591620717411303425
print(bin(10), bin(-10))  # expect: 0b1010 -0b1010
print(hex(2 ** 64))  # expect: 0x10000000000000000
