# consuming a slice of an infinite generator manually
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(take(5, naturals()))  # expect: [0, 1, 2, 3, 4]
sq = (n * n for n in naturals())
print([next(sq) for _ in range(4)])  # expect: [0, 1, 4, 9]
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))  # expect: 0 2 4
