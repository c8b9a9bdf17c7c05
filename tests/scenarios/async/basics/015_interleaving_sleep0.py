# sleep(0) hands the turn to the next ready task: strict round-robin
import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    a = asyncio.create_task(worker("A", 3))
    b = asyncio.create_task(worker("B", 2))
    c = asyncio.create_task(worker("C", 1))
    await a
    await b
    await c


asyncio.run(main())
# expect: A 0
# expect: B 0
# expect: C 0
# expect: A 1
# expect: B 1
# expect: C done
# expect: A 2
# expect: B done
# expect: A done
