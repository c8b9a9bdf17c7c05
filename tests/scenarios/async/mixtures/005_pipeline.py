# a three-stage pipeline connected by queues
import asyncio


async def source(out_q):
    for i in range(4):
        await asyncio.sleep(0.1)
        await out_q.put(i)
    await out_q.put(None)


async def square(in_q, out_q):
    while (item := await in_q.get()) is not None:
        await asyncio.sleep(0.2)
        await out_q.put(item * item)
    await out_q.put(None)


async def sink(in_q):
    loop = asyncio.get_running_loop()
    total = 0
    while (item := await in_q.get()) is not None:
        total += item
        print(f"{loop.time():.1f} sink got {item}, total {total}")
    return total


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue()
    _, _, total = await asyncio.gather(source(q1), square(q1, q2), sink(q2))
    print("total", total)


asyncio.run(main())
# expect: 0.3 sink got 0, total 0
# expect: 0.5 sink got 1, total 1
# expect: 0.7 sink got 4, total 5
# expect: 0.9 sink got 9, total 14
# expect: total 14
