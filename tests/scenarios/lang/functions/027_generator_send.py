# send() resumes a generator and becomes the value of the yield expression
def echo():
    received = None
    while True:
        received = yield f"got {received}"


g = echo()
print(next(g))  # expect: got None
print(g.send("a"))  # expect: got a
print(g.send(1))  # expect: got 1


def acc():
    total = 0
    while True:
        x = yield total
        total += x


a = acc()
next(a)
a.send(5)
print(a.send(10))  # expect: 15
try:
    echo().send("x")
except TypeError as e:
    print(e)  # expect: can't send non-None value to a just-started generator
