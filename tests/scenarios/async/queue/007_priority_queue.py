# PriorityQueue hands out the smallest entry first
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for entry in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        q.put_nowait(entry)
    while not q.empty():
        print(await q.get())


asyncio.run(main())
# expect: (1, 'also urgent')
# expect: (1, 'urgent')
# expect: (2, 'normal')
# expect: (3, 'low')
# expect: (5, 'later')
