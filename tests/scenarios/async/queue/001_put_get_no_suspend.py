# G05: an unbounded put and a get on a non-empty queue never suspend
import asyncio


async def consumer(q):
    while True:
        print("got", await q.get())


async def main():
    q = asyncio.Queue()
    asyncio.create_task(consumer(q))
    for i in range(3):
        print("put", i)
        await q.put(i)
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
# expect: put 0
# expect: put 1
# expect: put 2
# expect: got 0
# expect: got 1
# expect: got 2
# expect: main end
