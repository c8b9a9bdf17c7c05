# asyncio.TimeoutError is the builtin TimeoutError in 3.11
import asyncio


async def main():
    print(asyncio.TimeoutError is TimeoutError)
    print(issubclass(asyncio.TimeoutError, OSError))
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except OSError as e:
        print("caught as OSError:", type(e).__name__)


asyncio.run(main())
# expect: True
# expect: True
# expect: caught as OSError: TimeoutError
