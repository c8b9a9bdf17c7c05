# cancelling a future wakes its awaiter with CancelledError; the awaiting task is cancelled too
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter: CancelledError", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.cancel("future cancelled")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(fut.cancelled(), t.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result() raised CancelledError", e.args)


asyncio.run(main())
# expect: waiter: CancelledError ('future cancelled',)
# expect: True True
# expect: result() raised CancelledError ('future cancelled',)
