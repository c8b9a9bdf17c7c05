# every identifier is read in NFKC form, so compatibility spellings name the same variable
ℌ = "fraktur H"
print(H)  # expect: fraktur H
ｃｏｕｎｔ = 0
for ｉ in range(3):
    count += ｉ
print(ｃｏｕｎｔ, count)  # expect: 3 3


def ﬁnd(xs, target):
    return xs.index(target)


print(find([5, 6, 7], 7))  # expect: 2


class Ｐｏｉｎｔ:
    def __init__(self, ｘ):
        self.ｘ = ｘ


p = Point(4)
print(p.x, getattr(p, "x"), "x" in vars(p))  # expect: 4 4 True
print(dict(ｋｅｙ=1))  # expect: {'key': 1}
μ = 2
print(µ)  # expect: 2
