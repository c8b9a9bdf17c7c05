# G07: a task cancelled before its first step never runs a line
import asyncio


async def child():
    print("child body")


async def main():
    t = asyncio.create_task(child())
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled())


asyncio.run(main())
# expect: cancelled: True
