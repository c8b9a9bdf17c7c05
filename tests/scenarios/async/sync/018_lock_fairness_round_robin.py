# three tasks take turns on a lock: each release hands it to the longest waiter
import asyncio


async def player(name, lock, turns):
    for i in range(turns):
        async with lock:
            print(name, "turn", i)
            await asyncio.sleep(0.1)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(player("red", lock, 2), player("green", lock, 2), player("blue", lock, 2))


asyncio.run(main())
# expect: red turn 0
# expect: green turn 0
# expect: blue turn 0
# expect: red turn 1
# expect: green turn 1
# expect: blue turn 1
