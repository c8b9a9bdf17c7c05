# a bounded buffer built from a Condition
import asyncio


async def producer(cond, buf):
    for i in range(5):
        async with cond:
            await cond.wait_for(lambda: len(buf) < 2)
            buf.append(i)
            print(f"{asyncio.get_running_loop().time():.1f} put {i} -> {buf}")
            cond.notify_all()
        await asyncio.sleep(0.1)


async def consumer(cond, buf):
    for _ in range(5):
        async with cond:
            await cond.wait_for(lambda: buf)
            item = buf.pop(0)
            print(f"{asyncio.get_running_loop().time():.1f} got {item} -> {buf}")
            cond.notify_all()
        await asyncio.sleep(0.3)


async def main():
    cond = asyncio.Condition()
    buf = []
    await asyncio.gather(producer(cond, buf), consumer(cond, buf))


asyncio.run(main())
# expect: 0.0 put 0 -> [0]
# expect: 0.0 got 0 -> []
# expect: 0.1 put 1 -> [1]
# expect: 0.2 put 2 -> [1, 2]
# expect: 0.3 got 1 -> [2]
# expect: 0.3 put 3 -> [2, 3]
# expect: 0.6 got 2 -> [3]
# expect: 0.6 put 4 -> [3, 4]
# expect: 0.9 got 3 -> [4]
# expect: 1.2 got 4 -> []
