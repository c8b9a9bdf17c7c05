# a task can be awaited many times: the second await returns at once with the same result
import asyncio


async def compute():
    print("computing")
    await asyncio.sleep(1)
    return 7


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(compute())
    print(await t, loop.time())
    print(await t, loop.time())
    print(await t + await t)


asyncio.run(main())
# expect: computing
# expect: 7 1.0
# expect: 7 1.0
# expect: 14
