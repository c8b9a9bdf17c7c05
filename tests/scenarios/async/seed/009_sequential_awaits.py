# the article: awaiting the coroutines one by one runs them like plain calls, 6 seconds
import asyncio
import time

async def call_api():
    print("Hello")
    await asyncio.sleep(3)
    print("World")

async def main():
    start = time.perf_counter()

    await call_api()
    await call_api()

    end = time.perf_counter()
    print(f'It took {end-start} second(s) to complete.')

asyncio.run(main())
# expect: Hello
# expect: World
# expect: Hello
# expect: World
# expect: It took 6.0 second(s) to complete.
