# G14: after a blocking call, overdue timers fire after already-queued work
import asyncio
import time


async def sleeper():
    await asyncio.sleep(0.1)
    print("sleeper woke")


async def main():
    asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    time.sleep(0.2)
    print("blocked 0.2s")
    await asyncio.sleep(0)
    print("main 1")
    await asyncio.sleep(0)
    print("main 2")


asyncio.run(main())
# expect: blocked 0.2s
# expect: main 1
# expect: main 2
# expect: sleeper woke
