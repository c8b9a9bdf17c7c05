# a Lock waiter cancelled after being woken passes the wake-up on to the next waiter
import asyncio


async def waiter(name, lock):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("locked:", lock.locked())


asyncio.run(main())
# expect: a cancelled
# expect: b got the lock
# expect: locked: False
