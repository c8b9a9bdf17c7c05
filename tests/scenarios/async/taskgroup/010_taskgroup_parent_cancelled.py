# cancelling the task that owns a TaskGroup cancels the children; CancelledError comes out
import asyncio


async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def owner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
    except asyncio.CancelledError:
        print("owner sees CancelledError")
        raise


async def main():
    t = asyncio.create_task(owner())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("owner cancelled:", t.cancelled())


asyncio.run(main())
# expect: child 1 cancelled
# expect: child 2 cancelled
# expect: owner sees CancelledError
# expect: owner cancelled: True
