# fan-out with create_task, then collect results in creation order
import asyncio


async def square(n):
    await asyncio.sleep(1 / n)
    print("finished", n)
    return n * n


async def main():
    tasks = []
    for n in range(1, 5):
        tasks.append(asyncio.create_task(square(n)))
    results = []
    for t in tasks:
        results.append(await t)
    print(results, asyncio.get_running_loop().time())


asyncio.run(main())
# expect: finished 4
# expect: finished 3
# expect: finished 2
# expect: finished 1
# expect: [1, 4, 9, 16] 1.0
