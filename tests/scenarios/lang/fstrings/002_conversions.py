# !r and !s conversions, also combined with a format spec
s = "hi\n"
print(f"{s!r}")  # expect: 'hi\n'
print(f"{'Ann'!s}")  # expect: Ann
print(f"{[1, 'a']}")  # expect: [1, 'a']
print(f"[{'x'!r:>6}]")  # expect: [   'x']
print(f"{3.0!s}")  # expect: 3.0
print(f"{None}")  # expect: None
print(f"{'it' + chr(39) + 's'!r}")  # expect: "it's"
