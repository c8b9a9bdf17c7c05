# shield(coro) wraps the coroutine in a task that outlives the cancelled caller
import asyncio


async def write_log():
    print("log write starts")
    await asyncio.sleep(1)
    print("log write finished at", asyncio.get_running_loop().time())


async def handler():
    await asyncio.shield(write_log())


async def main():
    h = asyncio.create_task(handler())
    await asyncio.sleep(0.5)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("handler cancelled at", asyncio.get_running_loop().time())
    await asyncio.sleep(1)
    print("main end")


asyncio.run(main())
# expect: log write starts
# expect: handler cancelled at 0.5
# expect: log write finished at 1.0
# expect: main end
