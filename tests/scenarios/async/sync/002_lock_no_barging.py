# a woken waiter keeps its place: a third task cannot barge in between release and wake-up
import asyncio


async def holder(lock):
    await lock.acquire()
    print("holder acquired")
    await asyncio.sleep(0)
    lock.release()
    print("holder released; locked() =", lock.locked())


async def waiter(lock):
    await lock.acquire()
    print("waiter acquired")
    lock.release()


async def barger(lock):
    print("barger tries; locked() =", lock.locked())
    await lock.acquire()
    print("barger acquired")
    lock.release()


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    b = asyncio.create_task(barger(lock))
    await asyncio.gather(h, w, b)


asyncio.run(main())
# expect: holder acquired
# expect: holder released; locked() = False
# expect: waiter acquired
# expect: barger tries; locked() = False
# expect: barger acquired
