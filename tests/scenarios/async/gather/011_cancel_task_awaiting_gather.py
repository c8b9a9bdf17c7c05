# cancelling the task that awaits a gather cancels all the children
import asyncio


async def child(n):
    try:
        await asyncio.sleep(10)
    finally:
        print("child", n, "cleanup")


async def parent():
    try:
        await asyncio.gather(child(1), child(2))
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())


asyncio.run(main())
# expect: child 1 cleanup
# expect: child 2 cleanup
# expect: parent sees CancelledError
# expect: parent cancelled: True
