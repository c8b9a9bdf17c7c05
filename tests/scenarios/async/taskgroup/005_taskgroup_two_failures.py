# two children fail at the same time: both errors are in the group
import asyncio


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise RuntimeError(msg)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one", 1))
            tg.create_task(fail("two", 1))
    except ExceptionGroup as eg:
        print(sorted(str(e) for e in eg.exceptions))
        print(eg.split(RuntimeError)[0] is not None)


asyncio.run(main())
# expect: ['one', 'two']
# expect: True
