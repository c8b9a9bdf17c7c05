# timeout(0): the body runs until its first suspension, then TimeoutError
import asyncio


async def main():
    try:
        async with asyncio.timeout(0):
            print("body starts")
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("TimeoutError at", asyncio.get_running_loop().time())


asyncio.run(main())
# expect: body starts
# expect: TimeoutError at 0.0
