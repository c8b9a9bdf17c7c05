# str/repr/args of exceptions with zero, one and several arguments
e = ValueError("a", 1)
print(e.args)  # expect: ('a', 1)
print(str(e))  # expect: ('a', 1)
print(repr(e))  # expect: ValueError('a', 1)
e1 = ValueError("single")
print(str(e1), repr(e1), e1.args)  # expect: single ValueError('single') ('single',)
e0 = ValueError()
print(repr(str(e0)), repr(e0), e0.args)  # expect: '' ValueError() ()
print(str(KeyError("k")), str(KeyError("k", 1)))  # expect: 'k' ('k', 1)
print(str(ValueError(42)))  # expect: 42
