# Barrier (3.11): parties wait until all have arrived, then go on together
import asyncio


async def worker(name, delay, barrier):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    print(f"{loop.time():.1f} {name} arrives, waiting: {barrier.n_waiting}")
    index = await barrier.wait()
    print(f"{loop.time():.1f} {name} passes with index {index}")


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "broken:", barrier.broken)
    await asyncio.gather(worker("a", 0.5, barrier), worker("b", 1.5, barrier), worker("c", 1, barrier))
    print("waiting after:", barrier.n_waiting)


asyncio.run(main())
# expect: parties: 3 broken: False
# expect: 0.5 a arrives, waiting: 0
# expect: 1.0 c arrives, waiting: 1
# expect: 1.5 b arrives, waiting: 2
# expect: 1.5 b passes with index 2
# expect: 1.5 a passes with index 0
# expect: 1.5 c passes with index 1
# expect: waiting after: 0
