# a putter blocked on a full queue can be cancelled; the next putter goes in instead
import asyncio


async def putter(name, q):
    try:
        await q.put(name)
        print(name, "put")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue(1)
    q.put_nowait("first")
    p1 = asyncio.create_task(putter("p1", q))
    p2 = asyncio.create_task(putter("p2", q))
    await asyncio.sleep(0)
    p1.cancel()
    await asyncio.sleep(0)
    print("taken", q.get_nowait())
    await asyncio.gather(p1, p2, return_exceptions=True)
    print("queue holds", q.get_nowait())


asyncio.run(main())
# expect: p1 cancelled
# expect: taken first
# expect: p2 put
# expect: queue holds p2
