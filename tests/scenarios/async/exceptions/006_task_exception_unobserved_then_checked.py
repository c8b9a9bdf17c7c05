# a task's exception sits in the task until someone asks for it
import asyncio


async def worker(n):
    await asyncio.sleep(n / 10)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


async def main():
    tasks = [asyncio.create_task(worker(n)) for n in range(4)]
    await asyncio.sleep(1)
    for t in tasks:
        if t.exception() is not None:
            print("failed:", t.exception())
        else:
            print("ok:", t.result())


asyncio.run(main())
# expect: ok: 0
# expect: failed: odd 1
# expect: ok: 2
# expect: failed: odd 3
