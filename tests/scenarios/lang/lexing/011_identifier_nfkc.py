# identifiers are NFKC-normalized: the ligature ﬁ is the same name as fi
ﬁle = 3
print(file)  # expect: 3
ｘ = 10
print(x)  # expect: 10
x += 1
print(ｘ)  # expect: 11
