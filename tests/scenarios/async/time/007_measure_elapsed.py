# measuring elapsed time around awaits with perf_counter
import asyncio
import time


async def timed(name, coro):
    start = time.perf_counter()
    result = await coro
    print(f"{name} took {time.perf_counter() - start:.2f} s -> {result}")
    return result


async def main():
    await timed("sleep 0.3", asyncio.sleep(0.3, "a"))
    await timed("gather", asyncio.gather(asyncio.sleep(0.2, "b"), asyncio.sleep(0.4, "c")))
    await timed("wait_for", asyncio.wait_for(asyncio.sleep(0.1, "d"), 1))


asyncio.run(main())
# expect: sleep 0.3 took 0.30 s -> a
# expect: gather took 0.40 s -> ['b', 'c']
# expect: wait_for took 0.10 s -> d
