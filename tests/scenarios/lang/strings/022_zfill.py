# zfill pads with zeros after a leading sign
print("42".zfill(5))  # expect: 00042
print("-42".zfill(5))  # expect: -0042
print("+7".zfill(4))  # expect: +007
print("abc".zfill(5))  # expect: 00abc
print("12345".zfill(3))  # expect: 12345
print("".zfill(2))  # expect: 00
print("-".zfill(3))  # expect: -00
