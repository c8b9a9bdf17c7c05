# a Lock lets one task at a time into the critical section, in FIFO order
import asyncio


async def worker(name, lock):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} {name} wants the lock")
    async with lock:
        print(f"{loop.time():.1f} {name} has the lock")
        await asyncio.sleep(1)
        print(f"{loop.time():.1f} {name} releases")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("A", lock), worker("B", lock), worker("C", lock))
    print("locked at the end:", lock.locked())


asyncio.run(main())
# expect: 0.0 A wants the lock
# expect: 0.0 A has the lock
# expect: 0.0 B wants the lock
# expect: 0.0 C wants the lock
# expect: 1.0 A releases
# expect: 1.0 B has the lock
# expect: 2.0 B releases
# expect: 2.0 C has the lock
# expect: 3.0 C releases
# expect: locked at the end: False
