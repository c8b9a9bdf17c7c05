# producers and consumers around a bounded queue, stopped with sentinels
import asyncio


async def producer(name, q, items, delay):
    loop = asyncio.get_running_loop()
    for i in range(items):
        await asyncio.sleep(delay)
        item = f"{name}{i}"
        await q.put(item)
        print(f"{loop.time():.1f} {name} produced {item}")


async def consumer(name, q):
    loop = asyncio.get_running_loop()
    handled = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.3)
        handled += 1
        print(f"{loop.time():.1f} {name} handled {item}")
        q.task_done()
    return handled


async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(2)]
    await asyncio.gather(producer("p", q, 4, 0.1), producer("r", q, 2, 0.25))
    for _ in consumers:
        await q.put(None)
    await q.join()
    print("handled per consumer:", [c.result() for c in consumers])


asyncio.run(main())
# expect: 0.1 p produced p0
# expect: 0.2 p produced p1
# expect: 0.2 r produced r0
# expect: 0.3 p produced p2
# expect: 0.4 c0 handled p0
# expect: 0.4 p produced p3
# expect: 0.5 c1 handled p1
# expect: 0.5 r produced r1
# expect: 0.7 c0 handled r0
# expect: 0.8 c1 handled p2
# expect: 1.0 c0 handled p3
# expect: 1.1 c1 handled r1
# expect: handled per consumer: [3, 3]
