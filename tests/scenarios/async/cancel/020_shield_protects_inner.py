# shield: cancelling the awaiting task leaves the shielded task running
import asyncio


async def save():
    await asyncio.sleep(2)
    print("saved at", asyncio.get_running_loop().time())
    return "saved"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled, inner done?", inner.done())
        raise


async def main():
    inner = asyncio.create_task(save())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("caller cancelled:", c.cancelled())
    print(await inner)


asyncio.run(main())
# expect: caller cancelled, inner done? False
# expect: caller cancelled: True
# expect: saved at 2.0
# expect: saved
