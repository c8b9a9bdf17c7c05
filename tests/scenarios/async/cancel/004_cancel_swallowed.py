# a task may catch CancelledError and carry on; it then finishes normally
import asyncio


async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print("slept", attempt)
        except asyncio.CancelledError:
            print("ignoring cancel in attempt", attempt)
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(1)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())


asyncio.run(main())
# expect: ignoring cancel in attempt 0
# expect: ignoring cancel in attempt 1
# expect: slept 2
# expect: survived False 2
