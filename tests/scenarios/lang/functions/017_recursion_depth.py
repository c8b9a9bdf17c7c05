# moderately deep recursion (well under the default limit of 1000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))  # expect: 500


def total(xs):
    return 0 if not xs else xs[0] + total(xs[1:])


print(total(list(range(300))))  # expect: 44850
