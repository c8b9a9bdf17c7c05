# awaiting a failed task raises the very exception object stored in it
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise RuntimeError("task failed")


async def main():
    t = asyncio.create_task(fail())
    try:
        await t
    except RuntimeError as e:
        print("caught", e, e is t.exception())


asyncio.run(main())
# expect: caught task failed True
