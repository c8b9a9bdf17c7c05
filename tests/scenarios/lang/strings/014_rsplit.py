# rsplit splits from the right when maxsplit is given
print("a,b,c,d".rsplit(",", 1))  # expect: ['a,b,c', 'd']
print("a b c".rsplit())  # expect: ['a', 'b', 'c']
print("path/to/file.txt".rsplit("/", 1)[-1])  # expect: file.txt
print("  x  y  ".rsplit(None, 1))  # expect: ['  x', 'y']
print("  x  y  ".split(None, 1))  # expect: ['x', 'y  ']
print("a.b.c".rsplit(".", 5))  # expect: ['a', 'b', 'c']
