# a task that handles a cancel and calls uncancel() looks untouched to cancelling()
import asyncio


async def resilient():
    me = asyncio.current_task()
    for round_ in range(2):
        try:
            await asyncio.sleep(1)
            print("round", round_, "done")
        except asyncio.CancelledError:
            print("round", round_, "interrupted; cancelling() =", me.cancelling())
            me.uncancel()
    return me.cancelling()


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0.5)
    t.cancel()
    print("result", await t)


asyncio.run(main())
# expect: round 0 interrupted; cancelling() = 1
# expect: round 1 done
# expect: result 0
