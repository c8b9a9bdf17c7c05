# generators and generator expressions can only be iterated once
g = (x * x for x in range(3))
print(list(g))  # expect: [0, 1, 4]
print(list(g))  # expect: []
print(sum(g))  # expect: 0


def once():
    yield "a"


it = once()
for v in it:
    print(v)  # expect: a
for v in it:
    print("never")
print("end")  # expect: end
