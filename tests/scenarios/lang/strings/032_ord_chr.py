# ord and chr convert between characters and code points
print(ord("a"), ord("A"), ord("0"))  # expect: 97 65 48
print(chr(97), chr(65 + 25))  # expect: a Z
print("".join(chr(ord(c) + 1) for c in "HAL"))  # expect: IBM
print(chr(8364), ord("€"))  # expect: € 8364
try:
    chr(-1)
except ValueError as e:
    print(e)  # expect: chr() arg not in range(0x110000)
try:
    ord("ab")
except TypeError as e:
    print(e)  # expect: ord() expected a character, but string of length 2 found
