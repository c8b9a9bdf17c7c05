# aborting a Barrier breaks it: waiters get BrokenBarrierError
import asyncio


async def worker(name, barrier):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError:
        print(name, "BrokenBarrierError")


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(worker(n, barrier)) for n in ("a", "b")]
    await asyncio.sleep(1)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken)
    await worker("late", barrier)


asyncio.run(main())
# expect: a BrokenBarrierError
# expect: b BrokenBarrierError
# expect: broken: True
# expect: late BrokenBarrierError
