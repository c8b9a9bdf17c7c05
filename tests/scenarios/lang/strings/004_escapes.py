# escape sequences in string literals
s = "a\tb\nc\\d\'e\"f"
print(len(s))  # expect: 11
print(s.split("\n")[1])  # expect: c\d'e"f
print("\x41\x42", "\101", "\u0043", "\U00000044")  # expect: AB A C D
print(ord("\n"), ord("\t"), ord("\0"))  # expect: 10 9 0
print("\N{GREEK SMALL LETTER ALPHA}")  # expect: α
print("line1\nline2")
# expect: line1
# expect: line2
print(len("\\n"), len("\n"))  # expect: 2 1
