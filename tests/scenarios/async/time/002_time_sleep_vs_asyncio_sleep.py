# the same two jobs with time.sleep (sequential) and asyncio.sleep (concurrent)
import asyncio
import time


async def blocking_job(n):
    time.sleep(1)
    return n


async def friendly_job(n):
    await asyncio.sleep(1)
    return n


async def main():
    start = time.perf_counter()
    await asyncio.gather(blocking_job(1), blocking_job(2))
    print(f"time.sleep: {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    await asyncio.gather(friendly_job(1), friendly_job(2))
    print(f"asyncio.sleep: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
# expect: time.sleep: 2.0 s
# expect: asyncio.sleep: 1.0 s
