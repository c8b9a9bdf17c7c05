# waiters on a Semaphore are served in FIFO order, each one iteration after a release
import asyncio


async def holder(sem):
    async with sem:
        await asyncio.sleep(1)
    print("holder released")


async def waiter(name, sem):
    await sem.acquire()
    print(name, "acquired at", asyncio.get_running_loop().time())
    await asyncio.sleep(0.5)
    sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    h = asyncio.create_task(holder(sem))
    await asyncio.sleep(0)
    ws = [asyncio.create_task(waiter(n, sem)) for n in ("first", "second", "third")]
    await asyncio.gather(h, *ws)


asyncio.run(main())
# expect: holder released
# expect: first acquired at 1.0
# expect: second acquired at 1.5
# expect: third acquired at 2.0
