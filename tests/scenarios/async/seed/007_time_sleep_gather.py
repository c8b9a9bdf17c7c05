# the article: time.sleep() inside coroutines blocks, so gather takes 3 + 3 seconds
import asyncio
import time

async def call_api():
    print('Hello')
    time.sleep(3)
    print('World')

async def main():
    start = time.perf_counter()
    await asyncio.gather(call_api(), call_api())
    end = time.perf_counter()
    print(f'It took {end-start} second(s) to complete.')

asyncio.run(main())
# expect: Hello
# expect: World
# expect: Hello
# expect: World
# expect: It took 6.0 second(s) to complete.
