# cancel() wakes a sleeping task with CancelledError one iteration later
import asyncio


async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
        print("woke normally")
    except asyncio.CancelledError:
        print("cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    print("cancelled() right away:", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("cancelled():", t.cancelled(), "done():", t.done())


asyncio.run(main())
# expect: sleeping
# expect: cancel() -> True
# expect: cancelled() right away: False
# expect: cancelled at 1.0
# expect: await t raised CancelledError
# expect: cancelled(): True done(): True
