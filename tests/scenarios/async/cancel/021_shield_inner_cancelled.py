# cancelling the shielded task itself still cancels the shield's awaiter
import asyncio


async def work():
    await asyncio.sleep(5)


async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    asyncio.get_running_loop().call_later(1, inner.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("outer raised CancelledError; cancelled:", outer.cancelled(), inner.cancelled())
    done = asyncio.create_task(asyncio.sleep(0, "fast"))
    await asyncio.sleep(0)
    print(asyncio.shield(done) is done)


asyncio.run(main())
# expect: outer raised CancelledError; cancelled: True True
# expect: False
