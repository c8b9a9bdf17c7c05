# plain callbacks and done callbacks run outside any task: current_task() is None
import asyncio


def callback(tag):
    print(tag, "current_task:", asyncio.current_task())


async def job():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "call_soon")
    t = asyncio.create_task(job())
    t.add_done_callback(lambda f: callback("done callback"))
    await t
    await asyncio.sleep(0)
    print("in main:", asyncio.current_task().get_name())


asyncio.run(main())
# expect: call_soon current_task: None
# expect: done callback current_task: None
# expect: in main: Task-1
