# a simulated server: clients arrive over time, a semaphore limits concurrent handlers
import asyncio


async def handle(client, cost, sem, log):
    loop = asyncio.get_running_loop()
    arrived = loop.time()
    async with sem:
        started = loop.time()
        await asyncio.sleep(cost)
    log.append((client, round(started - arrived, 2), round(loop.time(), 2)))


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    handlers = []
    for client, (arrive, cost) in enumerate([(0, 1), (0.2, 0.5), (0.3, 0.8), (0.4, 0.2), (1.5, 0.3)]):
        await asyncio.sleep(arrive - asyncio.get_running_loop().time())
        handlers.append(asyncio.create_task(handle(client, cost, sem, log)))
    await asyncio.gather(*handlers)
    for client, waited, finished in log:
        print(f"client {client}: waited {waited}s, finished at {finished}s")


asyncio.run(main())
# expect: client 1: waited 0.0s, finished at 0.7s
# expect: client 0: waited 0.0s, finished at 1.0s
# expect: client 3: waited 0.6s, finished at 1.2s
# expect: client 2: waited 0.4s, finished at 1.5s
# expect: client 4: waited 0.0s, finished at 1.8s
