# time.sleep blocks the whole loop: other tasks wait for it
import asyncio
import time


async def ticker():
    loop = asyncio.get_running_loop()
    for i in range(3):
        print(f"{loop.time():.1f} tick {i}")
        await asyncio.sleep(0.5)


async def blocker():
    await asyncio.sleep(0.2)
    print("blocking for 2 s")
    time.sleep(2)
    print("unblocked")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
# expect: 0.0 tick 0
# expect: blocking for 2 s
# expect: unblocked
# expect: 2.2 tick 1
# expect: 2.7 tick 2
