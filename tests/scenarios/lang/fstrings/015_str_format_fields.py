# str.format: positional, keyword, indexed and keyed fields
print("{} {}".format("a", "b"))  # expect: a b
print("{1} {0}".format("a", "b"))  # expect: b a
print("{0} {0} {1}".format("x", "y"))  # expect: x x y
print("{a}-{b}".format(a=1, b=2))  # expect: 1-2
print("{0}:{key}".format("pos", key="kw"))  # expect: pos:kw
print("[{:>4}|{:<4}]".format(1, 2))  # expect: [   1|2   ]
print("{!r}".format("q"))  # expect: 'q'
print("{0[0]}{0[2]}".format("abc"))  # expect: ac
print("{p[x]}".format(p={"x": 9}))  # expect: 9
print("{0[1][0]}".format([[1], [2, 3]]))  # expect: 2
