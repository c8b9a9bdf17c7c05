# the article: with asyncio.sleep() the two calls overlap, 3 seconds in all
import asyncio
import time

async def call_api():
    print('Hello')
    await asyncio.sleep(3)
    print('World')

async def main():
    start = time.perf_counter()
    await asyncio.gather(call_api(), call_api())
    end = time.perf_counter()
    print(f'It took {end-start} second(s) to complete.')

asyncio.run(main())
# expect: Hello
# expect: Hello
# expect: World
# expect: World
# expect: It took 3.0 second(s) to complete.
