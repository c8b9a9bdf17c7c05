# collecting results from a TaskGroup's tasks after the block
import asyncio


async def square(x):
    await asyncio.sleep(x / 10)
    return x * x


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(x)) for x in range(5)]
    print([t.result() for t in tasks], asyncio.get_running_loop().time())


asyncio.run(main())
# expect: [0, 1, 4, 9, 16] 0.4
