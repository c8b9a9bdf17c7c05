# every augmented assignment operator on ints
x = 10
x += 5; print(x)  # expect: 15
x -= 3; print(x)  # expect: 12
x *= 2; print(x)  # expect: 24
x //= 5; print(x)  # expect: 4
x **= 3; print(x)  # expect: 64
x %= 10; print(x)  # expect: 4
x /= 8; print(x)  # expect: 0.5
n = 6
n <<= 2; print(n)  # expect: 24
n >>= 1; print(n)  # expect: 12
n &= 10; print(n)  # expect: 8
n |= 3; print(n)  # expect: 11
n ^= 1; print(n)  # expect: 10
