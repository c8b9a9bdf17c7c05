# integer presentation types: d x X o b c, zero padding, sign and # prefix
n = 42
print(f"{n:05d}")  # expect: 00042
print(f"{n:x} {n:X} {n:o} {n:b}")  # expect: 2a 2A 52 101010
print(f"{n:#x} {n:#o} {n:#b}")  # expect: 0x2a 0o52 0b101010
print(f"{n:+d} {-n:+d}")  # expect: +42 -42
print(f"[{n: d}]")  # expect: [ 42]
print(f"{-n:05d}")  # expect: -0042
print(f"{255:08b}")  # expect: 11111111
print(f"{5:#06x}")  # expect: 0x0005
print(f"{n:c}")  # expect: *
print(f"{-255:x} {-255:#x}")  # expect: -ff -0xff
