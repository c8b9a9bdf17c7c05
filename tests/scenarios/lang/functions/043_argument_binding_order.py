# argument binding: positional, then keywords, then defaults
def describe(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"


print(describe(1, c=3))  # expect: a=1 b=2 args=() c=3 d=4 kw={}
print(describe(1, 5, 6, 7, c=3, e=9))  # expect: a=1 b=5 args=(6, 7) c=3 d=4 kw={'e': 9}
print(describe(c=0, a=9, d=1))  # expect: a=9 b=2 args=() c=0 d=1 kw={}
