# a starting gun: runners wait on an Event, then race with different speeds
import asyncio


async def runner(name, speed, start):
    await start.wait()
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(10 / speed)
    print(f"{name} finished in {loop.time() - t0:.2f}s")
    return name


async def main():
    start = asyncio.Event()
    racers = [asyncio.create_task(runner(n, s, start)) for n, s in (("tortoise", 1), ("hare", 8), ("dog", 4))]
    print("ready...")
    await asyncio.sleep(1)
    print("go!")
    start.set()
    order = []
    for t in asyncio.as_completed(racers):
        order.append(await t)
    print(order)


asyncio.run(main())
# expect: ready...
# expect: go!
# expect: hare finished in 1.25s
# expect: dog finished in 2.50s
# expect: tortoise finished in 10.00s
# expect: ['hare', 'dog', 'tortoise']
