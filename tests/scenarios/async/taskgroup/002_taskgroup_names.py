# TaskGroup.create_task(name=...) uses up a Task-N number like asyncio.create_task
import asyncio


async def who():
    await asyncio.sleep(0)
    print(asyncio.current_task().get_name())


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(who())
        tg.create_task(who(), name="named")
        tg.create_task(who())


asyncio.run(main())
# expect: Task-2
# expect: named
# expect: Task-4
