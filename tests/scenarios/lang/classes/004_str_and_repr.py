# print/str/f-strings use __str__; repr/containers/!r use __repr__
class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"P({self.x!r})"

    def __str__(self):
        return f"<{self.x}>"


p = P("a")
print(p)  # expect: <a>
print(str(p), repr(p))  # expect: <a> P('a')
print([p, P(2)])  # expect: [P('a'), P(2)]
print(f"{p} {p!r}")  # expect: <a> P('a')
print((p,))  # expect: (P('a'),)
print({"k": p})  # expect: {'k': P('a')}
print("%s %r" % (p, p))  # expect: <a> P('a')
