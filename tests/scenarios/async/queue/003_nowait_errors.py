# get_nowait on an empty queue raises QueueEmpty; put_nowait on a full one raises QueueFull
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.qsize(), q.full(), q.empty(), q.maxsize)
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait(), q.empty())


asyncio.run(main())
# expect: QueueEmpty
# expect: 2 True False 2
# expect: QueueFull
# expect: a b True
