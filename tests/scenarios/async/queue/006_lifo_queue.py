# LifoQueue hands out the most recent item first
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for x in "abcd":
        await q.put(x)
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)


asyncio.run(main())
# expect: ['d', 'c', 'b', 'a']
