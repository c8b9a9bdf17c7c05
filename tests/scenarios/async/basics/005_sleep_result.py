# asyncio.sleep(delay, result) returns result, for zero and positive delays
import asyncio


async def main():
    a = await asyncio.sleep(0, "zero")
    b = await asyncio.sleep(0.25, result=[1, 2])
    c = await asyncio.sleep(0.1)
    print(a, b, c)
    print(asyncio.get_running_loop().time())


asyncio.run(main())
# expect: zero [1, 2] None
# expect: 0.35
