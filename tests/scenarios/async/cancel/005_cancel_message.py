# cancel(msg): the message travels in the CancelledError's args
import asyncio


async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("worker got", e.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", e.args)
    u = asyncio.create_task(worker())
    u.cancel("before start")
    try:
        await u
    except asyncio.CancelledError as e:
        print("main got", e.args)


asyncio.run(main())
# expect: worker got ('shutting down',)
# expect: main got ('shutting down',)
# expect: main got ('before start',)
