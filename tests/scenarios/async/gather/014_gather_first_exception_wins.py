# two children fail: gather raises the one that finished first
import asyncio


async def boom(name, d):
    await asyncio.sleep(d)
    print(name, "raises")
    raise ValueError(name)


async def main():
    try:
        await asyncio.gather(boom("late", 0.2), boom("early", 0.1))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.3)


asyncio.run(main())
# expect: early raises
# expect: gather raised early
# expect: late raises
