# self-cancel: awaits that do not suspend are unaffected; the first real suspension raises
import asyncio


async def helper():
    return "helper ok"


async def worker():
    asyncio.current_task().cancel()
    print(await helper())
    done = asyncio.get_running_loop().create_future()
    done.set_result("done future ok")
    print(await done)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled at the first real suspension")
    return "returned"


async def main():
    t = asyncio.create_task(worker())
    print(await t, t.cancelled())


asyncio.run(main())
# expect: helper ok
# expect: done future ok
# expect: cancelled at the first real suspension
# expect: returned False
