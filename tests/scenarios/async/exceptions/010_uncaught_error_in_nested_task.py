# an exception raised in a task and re-raised through two awaits ends the program
import asyncio


async def deep():
    await asyncio.sleep(0.1)
    raise PermissionError("access denied")


async def middle():
    return await asyncio.create_task(deep())


async def main():
    print("start")
    await middle()


asyncio.run(main())
# expect: start
# expect runtime error: PermissionError: access denied
