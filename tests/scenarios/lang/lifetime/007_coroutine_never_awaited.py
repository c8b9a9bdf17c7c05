# Calling an async function only creates a coroutine object. Dropped without ever running, it
# makes CPython warn on stderr, naming the line running when it was freed.
import asyncio


async def add(x, y):
    return x + y


c = add(1, 2)
print(type(c).__name__)  # expect: coroutine
c = None
# FILE:12: RuntimeWarning: coroutine 'add' was never awaited, then the line:
# expect stderr:   c = None
# expect stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback


def forgets():
    pending = add(3, 4)
    print("forgot to await it")


forgets()  # the coroutine goes when forgets() returns: the warning names this line
# expect: forgot to await it
# expect stderr:   forgets()  # the coroutine goes when forgets() returns: the warning names this line

# The same line warns once, however often it drops a coroutine.
for i in range(3):
    add(i, i)
# expect stderr:   add(i, i)


# A coroutine that ran up to an await and is dropped is closed: its finally runs, no warning.
async def interrupted():
    try:
        await asyncio.sleep(1)
    finally:
        print("interrupted closed")


async def main():
    coro = interrupted()
    coro.send(None)
    print("started by hand")
    del coro
    print("main goes on")


asyncio.run(main())
# expect: started by hand
# expect: interrupted closed
# expect: main goes on


# close() on a coroutine that never ran: no warning, it counts as finished.
async def quiet():
    print("never printed")


q = quiet()
q.close()
del q
print(asyncio.run(add(20, 22)))  # expect: 42
