# the running loop refuses a nested run_until_complete
import asyncio


async def inner():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)


asyncio.run(main())
# expect: RuntimeError: This event loop is already running
# expect: 1
