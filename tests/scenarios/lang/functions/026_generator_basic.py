# generator functions run lazily, one yield at a time
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


g = count_up(3)
print(next(g), next(g), next(g))  # expect: 0 1 2
print(next(g, "done"))  # expect: done
print(list(count_up(4)))  # expect: [0, 1, 2, 3]


def lazy():
    print("started")
    yield 1


gen = lazy()
print("created")  # expect: created
print(next(gen))
# expect: started
# expect: 1
