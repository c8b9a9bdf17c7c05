# cancelling() counts cancel() calls; uncancel() decrements; repeated cancels deliver one error
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("caught once, cancelling() =", me.cancelling())
        print("uncancel ->", me.uncancel())
        print("uncancel ->", me.uncancel())
        print("uncancel ->", me.uncancel())
    await asyncio.sleep(0.5)
    return "finished"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    print(await t, t.cancelling())


asyncio.run(main())
# expect: True True 2
# expect: caught once, cancelling() = 2
# expect: uncancel -> 1
# expect: uncancel -> 0
# expect: uncancel -> 0
# expect: finished 0
