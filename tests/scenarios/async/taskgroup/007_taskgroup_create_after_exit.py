# a finished TaskGroup refuses new tasks
import asyncio


async def nothing():
    pass


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(nothing())
    coro = nothing()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is ")[-1])
    await coro


asyncio.run(main())
# expect: RuntimeError: finished
