# the inner task swallows the timeout's cancel and returns: wait_for returns its value, late
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
        await asyncio.sleep(0.5)
        return "late value"


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.wait_for(stubborn(), 1)
    print(r, loop.time())


asyncio.run(main())
# expect: stubborn ignores the cancel
# expect: late value 1.5
