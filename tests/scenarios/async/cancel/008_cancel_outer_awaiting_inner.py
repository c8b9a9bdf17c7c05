# G09: cancelling a task that awaits another task cancels the inner one; if it swallows, so does outer
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner swallows")
        return "swallowed"


async def outer():
    r = await asyncio.create_task(inner())
    print("outer got", r)
    return r


async def main():
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    print(await o, o.cancelled(), o.cancelling())


asyncio.run(main())
# expect: inner swallows
# expect: outer got swallowed
# expect: swallowed False 1
