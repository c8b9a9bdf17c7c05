# cancelling the task waiting in wait_for cancels the inner task too
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled at", asyncio.get_running_loop().time())
        raise


async def caller():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise


async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("t.cancelled():", t.cancelled())


asyncio.run(main())
# expect: inner cancelled at 1.0
# expect: caller cancelled
# expect: t.cancelled(): True
