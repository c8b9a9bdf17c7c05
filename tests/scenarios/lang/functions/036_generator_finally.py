# a generator's finally runs when it finishes or is closed
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for v in gen():
    print(v)
# expect: 1
# expect: 2
# expect: cleanup
g = gen()
print(next(g))  # expect: 1
g.close()  # expect: cleanup
print("after close")  # expect: after close
