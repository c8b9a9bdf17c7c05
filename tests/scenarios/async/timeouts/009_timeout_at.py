# timeout_at takes an absolute loop time
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 2
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(1)
            print("first sleep fine", loop.time())
            await asyncio.sleep(1.5)
            print("not reached")
    except TimeoutError:
        print("deadline hit at", loop.time())


asyncio.run(main())
# expect: first sleep fine 1.0
# expect: deadline hit at 2.0
