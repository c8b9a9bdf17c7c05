# an ExceptionGroup that nobody catches ends the program (exit 1)
import asyncio


async def fail():
    await asyncio.sleep(0.1)
    raise ZeroDivisionError("oops")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())
    print("not reached")


asyncio.run(main())
# expect exit: 1
# expect stderr:   | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
# expect stderr:     | ZeroDivisionError: oops
