# two tasks each wait for the other's signal: a deadlock after the timers run out
import asyncio


async def polite(name, mine, theirs):
    await asyncio.sleep(1)
    print(name, "waits for the other")
    await theirs.wait()
    mine.set()


async def main():
    a, b = asyncio.Event(), asyncio.Event()
    await asyncio.gather(polite("A", a, b), polite("B", b, a))


asyncio.run(main())
# expect: A waits for the other
# expect: B waits for the other
# expect exit: 4
