# cancelling the gather future cancels every child; await raises CancelledError
import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
        print("child", n, "finished")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def main():
    g = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(1.5)
    print("cancel returned", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("await gather: CancelledError")
    print("g.cancelled():", g.cancelled(), "done:", g.done())


asyncio.run(main())
# expect: child 1 finished
# expect: cancel returned True
# expect: child 2 cancelled
# expect: child 3 cancelled
# expect: await gather: CancelledError
# expect: g.cancelled(): False done: True
