# several tasks blocked in get() are served in the order they started waiting
import asyncio


async def getter(name, q):
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(f"g{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    for item in "xyz":
        q.put_nowait(item)
    print("put three")
    await asyncio.gather(*tasks)


asyncio.run(main())
# expect: put three
# expect: g0 got x
# expect: g1 got y
# expect: g2 got z
