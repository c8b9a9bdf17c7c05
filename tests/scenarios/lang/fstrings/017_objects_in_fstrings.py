# f-strings use __str__ by default and __repr__ with !r or =
class P:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return f"P({self.x})"

    def __repr__(self):
        return f"P<{self.x}>"


p = P(1)
print(f"{p}")  # expect: P(1)
print(f"{p!r}")  # expect: P<1>
print(f"{[p]}")  # expect: [P<1>]
print(f"{p=}")  # expect: p=P<1>
print(f"[{p!s:>6}]")  # expect: [  P(1)]
try:
    print(f"{p:>6}")
except TypeError as e:
    print(e)  # expect: unsupported format string passed to P.__format__
