# the classic demo: three 1-second waits take 3 s one by one, but 1 s as tasks
import asyncio
import time


async def wait_one(name):
    await asyncio.sleep(1)
    return name


async def main():
    start = time.perf_counter()
    for name in "abc":
        await wait_one(name)
    print(f"sequential: {time.perf_counter() - start:.1f}s")

    start = time.perf_counter()
    tasks = [asyncio.create_task(wait_one(name)) for name in "abc"]
    for t in tasks:
        await t
    print(f"concurrent: {time.perf_counter() - start:.1f}s")


asyncio.run(main())
# expect: sequential: 3.0s
# expect: concurrent: 1.0s
