# gather accepts tasks, coroutines and futures together
import asyncio


async def value(v, d):
    await asyncio.sleep(d)
    return v


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_result, "future")
    task = asyncio.create_task(value("task", 0.2))
    print(await asyncio.gather(value("coro", 0.1), task, fut), loop.time())


asyncio.run(main())
# expect: ['coro', 'task', 'future'] 0.3
