# an exception raised while handling a cancellation replaces the CancelledError
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        print("got", repr(e), "cancelled:", t.cancelled())
        print("context:", type(e.__context__).__name__)


asyncio.run(main())
# expect: got RuntimeError('cleanup failed') cancelled: False
# expect: context: CancelledError
