# a cancelled get() leaves the queue intact for the others
import asyncio


async def getter(name, q):
    try:
        print(name, "got", await q.get())
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    await asyncio.gather(a, b, return_exceptions=True)
    print("left in queue:", q.qsize())


asyncio.run(main())
# expect: a cancelled
# expect: b got item
# expect: left in queue: 0
