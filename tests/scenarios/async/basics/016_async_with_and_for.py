# async with / async for on hand-written classes (no async generators)
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.05)
        self.n -= 1
        return self.n


async def main():
    loop = asyncio.get_running_loop()
    async with Resource("db") as r:
        print("using", r.name, loop.time())
        async for i in Countdown(3):
            print("tick", i, round(loop.time(), 2))
    try:
        async with Resource("file"):
            raise KeyError("boom")
    except KeyError as e:
        print("caught", e)


asyncio.run(main())
# expect: open db
# expect: using db 0.1
# expect: tick 2 0.15
# expect: tick 1 0.2
# expect: tick 0 0.25
# expect: close db None
# expect: open file
# expect: close file KeyError
# expect: caught 'boom'
