# G12: a woken get() can lose its item to another task and queue again
import asyncio


async def getter(q):
    print("getter got", await q.get())


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    q.put_nowait("A")
    print("main took", q.get_nowait())
    q.put_nowait("B")
    await t


asyncio.run(main())
# expect: main took A
# expect: getter got B
