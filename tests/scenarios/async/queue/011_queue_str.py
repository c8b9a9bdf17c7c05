# str() of a queue shows its size limit, items, waiters and unfinished count
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    print(str(q))
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q))
    q.get_nowait()
    q.task_done()
    print(str(q))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q), getter.done())
    print(str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(5)))


asyncio.run(main())
# expect: <Queue maxsize=3>
# expect: <Queue maxsize=3 _queue=[1, 'two'] tasks=2>
# expect: <Queue maxsize=3 _queue=['two'] tasks=1>
# expect: <Queue maxsize=3 tasks=1> True
# expect: <LifoQueue maxsize=0> <PriorityQueue maxsize=5>
