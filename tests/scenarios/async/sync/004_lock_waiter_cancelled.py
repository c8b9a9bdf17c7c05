# a waiter cancelled while queued for a Lock leaves the queue; the next one gets the lock
import asyncio


async def user(name, lock, hold):
    try:
        async with lock:
            print(f"{asyncio.get_running_loop().time():.1f} {name} in")
            await asyncio.sleep(hold)
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user("A", lock, 1))
    b = asyncio.create_task(user("B", lock, 1))
    c = asyncio.create_task(user("C", lock, 1))
    await asyncio.sleep(0.5)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("B cancelled:", b.cancelled())


asyncio.run(main())
# expect: 0.0 A in
# expect: B cancelled while waiting
# expect: 1.0 C in
# expect: B cancelled: True
