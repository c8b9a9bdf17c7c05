# a few methods on int and float values
print((2.5).is_integer(), (3.0).is_integer())  # expect: False True
print((10).bit_length(), (255).bit_length(), (0).bit_length())  # expect: 4 8 0
print((-1).bit_length())  # expect: 1
print((2 ** 100).bit_length())  # expect: 101
print(3.7 // 1, -3.7 // 1)  # expect: 3.0 -4.0
print((0.5).as_integer_ratio())  # expect: (1, 2)
print((7).real, (7).imag)  # expect: 7 0
