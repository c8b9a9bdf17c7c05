# two generators advanced alternately keep independent state
def letters():
    for c in "abc":
        print("produce", c)
        yield c


g1 = letters()
g2 = letters()
print(next(g1))
# expect: produce a
# expect: a
print(next(g2))
# expect: produce a
# expect: a
print(next(g1))
# expect: produce b
# expect: b
print(list(zip(g1, g2)))
# expect: produce c
# expect: produce b
# expect: [('c', 'b')]
print(next(g2))
# expect: produce c
# expect: c
