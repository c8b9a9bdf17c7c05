# wait_for(coro, 0): the coroutine's task is cancelled before it runs a line
import asyncio


async def work():
    print("work body runs")
    return 1


async def main():
    try:
        await asyncio.wait_for(work(), 0)
    except TimeoutError:
        print("timed out at once")
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))


asyncio.run(main())
# expect: timed out at once
# expect: ready
