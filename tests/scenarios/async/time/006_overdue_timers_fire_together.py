# timers that became overdue during a block all fire in the next iteration, in deadline order
import asyncio
import time


async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name, "woke at", asyncio.get_running_loop().time())


async def main():
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in (("c", 0.3), ("a", 0.1), ("b", 0.2))]
    await asyncio.sleep(0)
    time.sleep(1)
    print("block over")
    await asyncio.gather(*tasks)


asyncio.run(main())
# expect: block over
# expect: a woke at 1.0
# expect: b woke at 1.0
# expect: c woke at 1.0
