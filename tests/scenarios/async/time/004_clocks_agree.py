# perf_counter, monotonic and loop.time move together; time.time moves with them
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    t0 = (time.perf_counter(), time.monotonic(), loop.time(), time.time())
    await asyncio.sleep(1.25)
    time.sleep(0.5)
    t1 = (time.perf_counter(), time.monotonic(), loop.time(), time.time())
    print([round(b - a, 3) for a, b in zip(t0, t1)])


asyncio.run(main())
# expect: [1.75, 1.75, 1.75, 1.75]
