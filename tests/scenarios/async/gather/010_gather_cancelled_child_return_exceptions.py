# with return_exceptions=True a cancelled child shows up as a CancelledError in the list
import asyncio


async def child(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(child(n)) for n in (1, 2, 3)]
    g = asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0.5)
    tasks[1].cancel("stop two")
    for r in await g:
        print(type(r).__name__, r)


asyncio.run(main())
# expect: int 1
# expect: CancelledError 
# expect: int 3
