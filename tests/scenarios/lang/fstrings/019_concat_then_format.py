# implicit concatenation joins f-strings and plain strings before .format is applied
a, b = 2, 3
msg = (
    f"a={a} "
    f"b={b} "
    "sum={}".format(a + b)
)
print(msg)  # expect: a=2 b=3 sum=5
print(f"{a}" "{b}")  # expect: 2{b}
print(("{}" f"{a}").format("x"))  # expect: x2
