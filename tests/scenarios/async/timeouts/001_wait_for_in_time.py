# wait_for returns the result when the work finishes before the timeout
import asyncio


async def work():
    await asyncio.sleep(1)
    return "done"


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(work(), timeout=2), loop.time())


asyncio.run(main())
# expect: done 1.0
