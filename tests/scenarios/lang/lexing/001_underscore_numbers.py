# underscores in numeric literals are ignored
print(1_000_000)  # expect: 1000000
print(0x_FF, 0b_1010, 0o_17)  # expect: 255 10 15
print(1_000.5)  # expect: 1000.5
print(1e1_0)  # expect: 10000000000.0
print(3.141_592)  # expect: 3.141592
print(1_0.0_1)  # expect: 10.01
print(0xdead_beef)  # expect: 3735928559
