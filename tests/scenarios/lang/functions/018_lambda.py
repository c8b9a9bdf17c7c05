# lambdas with defaults, varargs, and returning lambdas
square = lambda x: x * x
print(square(7))  # expect: 49
print((lambda a, b=2: a ** b)(3))  # expect: 9
pairs = [(1, "b"), (2, "a")]
print(sorted(pairs, key=lambda p: p[1]))  # expect: [(2, 'a'), (1, 'b')]
print((lambda *a: sum(a))(1, 2, 3))  # expect: 6
f = lambda: None
print(f())  # expect: None
print((lambda x: (lambda y: x + y))(1)(2))  # expect: 3
print((lambda **kw: sorted(kw))(b=1, a=2))  # expect: ['a', 'b']
