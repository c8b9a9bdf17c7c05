# a Semaphore released to a waiter cannot be taken by a newcomer in between
import asyncio


async def user(name, sem, hold):
    async with sem:
        print(f"{asyncio.get_running_loop().time():.1f} {name} in")
        await asyncio.sleep(hold)


async def main():
    sem = asyncio.Semaphore(1)
    first = asyncio.create_task(user("first", sem, 1))
    await asyncio.sleep(0)
    waiting = asyncio.create_task(user("waiting", sem, 1))
    await asyncio.sleep(0.99)
    await asyncio.sleep(0.01)
    newcomer = asyncio.create_task(user("newcomer", sem, 1))
    print("newcomer sees locked:", sem.locked())
    await asyncio.gather(first, waiting, newcomer)


asyncio.run(main())
# expect: 0.0 first in
# expect: newcomer sees locked: True
# expect: 1.0 waiting in
# expect: 2.0 newcomer in
