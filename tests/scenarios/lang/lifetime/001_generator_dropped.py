# An unfinished generator is closed when its last reference goes: GeneratorExit is raised at
# its yield, so its `finally:` runs right there, before the next statement.
def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


g = numbers("g")
print(next(g))  # expect: 1
g = None  # expect: finally of g
print("after g = None")  # expect: after g = None

h = numbers("h")
next(h)
del h  # expect: finally of h
print("after del h")  # expect: after del h


# A local generator goes when the function returns, before the caller goes on.
def use_one():
    local = numbers("local")
    print("first value", next(local))
    return "returned"


print(use_one())
# expect: first value 1
# expect: finally of local
# expect: returned

# Rebinding a loop variable drops the previous generator.
for name in ["a", "b"]:
    it = numbers(name)
    next(it)
    print("started", name)
# expect: started a
# expect: finally of a
# expect: started b
print("loop done")  # expect: loop done
del it  # expect: finally of b


# except GeneratorExit sees the close; a generator that finished has nothing to close.
def watcher():
    try:
        yield "ready"
    except GeneratorExit:
        print("watcher got GeneratorExit")
        raise


w = watcher()
print(next(w))  # expect: ready
w = 0  # expect: watcher got GeneratorExit
done = numbers("done")
print(list(done))
# expect: finally of done
# expect: [1, 2]
done = None
print("nothing more")  # expect: nothing more

# A generator that never started is closed too, without running its body.
never = numbers("never")
never = None
print("never started: no finally")  # expect: never started: no finally

# break out of a for loop: the generator goes when the loop's iterator does.
for x in numbers("loop"):
    print("got", x)
    break
print("after break")
# expect: got 1
# expect: finally of loop
# expect: after break

# any() stops early; the generator expression is closed when any() returns.
def noisy():
    try:
        for i in range(10):
            yield i
    finally:
        print("noisy closed")


print(any(i > 2 for i in noisy()))
# expect: noisy closed
# expect: True
