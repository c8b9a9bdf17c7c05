# slicing with omitted bounds, negative bounds, steps and out-of-range bounds
s = "abcdefgh"
print(s[2:5])  # expect: cde
print(s[:3], s[5:])  # expect: abc fgh
print(s[-3:])  # expect: fgh
print(s[:-3])  # expect: abcde
print(s[::2])  # expect: aceg
print(s[1::2])  # expect: bdfh
print(s[::-1])  # expect: hgfedcba
print(s[6:2:-1])  # expect: gfed
print(s[-1:-4:-1])  # expect: hgf
print(s[10:20] == "")  # expect: True
print(s[5:2])  # expect: 
print(s[-100:2])  # expect: ab
print(s[::-3])  # expect: heb
print(s[:2:-2])  # expect: hfd
