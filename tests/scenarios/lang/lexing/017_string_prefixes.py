# string prefixes: r, R, u, f, rf, Rf, fR are all accepted
n = 1
print(rf"{n}\n", fR"{n + 1}\t")  # expect: 1\n 2\t
print(u"unicode prefix")  # expect: unicode prefix
print(Rf"{'x'}\d")  # expect: x\d
print(len(r"\\"), len("\\"))  # expect: 2 1
