# gathers nest: inner results come back as lists
import asyncio


async def leaf(x):
    await asyncio.sleep(x / 10)
    return x


async def group(*xs):
    return await asyncio.gather(*(leaf(x) for x in xs))


async def main():
    loop = asyncio.get_running_loop()
    result = await asyncio.gather(group(1, 2), group(3), leaf(4))
    print(result, loop.time())


asyncio.run(main())
# expect: [[1, 2], [3], 4] 0.4
