# wait_for with a timeout runs the coroutine in a new task; with None it runs inline
import asyncio


async def who():
    return asyncio.current_task().get_name()


async def main():
    print("main:", asyncio.current_task().get_name())
    print("timeout=1:", await asyncio.wait_for(who(), 1))
    print("timeout=None:", await asyncio.wait_for(who(), None))


asyncio.run(main())
# expect: main: Task-1
# expect: timeout=1: Task-2
# expect: timeout=None: Task-1
