# a fast producer and a slow consumer with a bounded queue: the producer is throttled
import asyncio


async def producer(q, n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(0.1)
        await q.put(i)
        print(f"{loop.time():.1f} produced {i}")
    await q.put(None)


async def consumer(q):
    loop = asyncio.get_running_loop()
    while True:
        item = await q.get()
        if item is None:
            break
        await asyncio.sleep(0.5)
        print(f"{loop.time():.1f} consumed {item}")


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q, 4), consumer(q))


asyncio.run(main())
# expect: 0.1 produced 0
# expect: 0.2 produced 1
# expect: 0.6 consumed 0
# expect: 0.6 produced 2
# expect: 1.1 consumed 1
# expect: 1.1 produced 3
# expect: 1.6 consumed 2
# expect: 2.1 consumed 3
