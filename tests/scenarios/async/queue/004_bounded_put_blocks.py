# put() on a full bounded queue waits until a get() makes room
import asyncio


async def producer(q):
    loop = asyncio.get_running_loop()
    for i in range(4):
        await q.put(i)
        print(f"{loop.time():.1f} put {i} (size {q.qsize()})")


async def consumer(q):
    loop = asyncio.get_running_loop()
    for _ in range(4):
        await asyncio.sleep(1)
        item = await q.get()
        print(f"{loop.time():.1f} got {item}")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
# expect: 0.0 put 0 (size 1)
# expect: 0.0 put 1 (size 2)
# expect: 1.0 got 0
# expect: 1.0 put 2 (size 2)
# expect: 2.0 got 1
# expect: 2.0 put 3 (size 2)
# expect: 3.0 got 2
# expect: 4.0 got 3
