# G11: create_task(name=...) still uses up a Task-N number; loop.create_task(name=...) does not
import asyncio


async def show():
    print(asyncio.current_task().get_name())


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(show(), name="custom")
    b = asyncio.create_task(show())
    c = loop.create_task(show(), name="via-loop")
    d = loop.create_task(show())
    await asyncio.gather(a, b, c, d)


asyncio.run(main())
# expect: custom
# expect: Task-3
# expect: via-loop
# expect: Task-4
