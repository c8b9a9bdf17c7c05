# `await` inside a comprehension of an async function makes it an asynchronous comprehension
import asyncio


async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(double(i)) for i in range(3)]
    print([await t for t in tasks], loop.time())
    print({i: await double(i) for i in range(2)}, loop.time())
    print(sum([await double(i) for i in range(3) if i != 1]), round(loop.time(), 1))
    print([[await double(j) for j in range(i)] for i in range(3)], round(loop.time(), 1))
    print([x for x in await asyncio.sleep(0.1, "ab")], round(loop.time(), 1))


asyncio.run(main())
# expect: [0, 2, 4] 0.1
# expect: {0: 0, 1: 2} 0.30000000000000004
# expect: 4 0.5
# expect: [[], [0], [0, 2]] 0.8
# expect: ['a', 'b'] 0.9
