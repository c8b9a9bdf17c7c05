# gathering tasks that are already done still costs two iterations
import asyncio


async def val(v):
    return v


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(val(1))
    b = asyncio.create_task(val(2))
    await asyncio.sleep(0)
    print("done already:", a.done(), b.done())
    asyncio.create_task(ticker())
    print(await asyncio.gather(a, b))


asyncio.run(main())
# expect: done already: True True
# expect: tick 0
# expect: tick 1
# expect: [1, 2]
# expect: tick 2
