# the article's create_task version of call_api (described, its code not shown): 3 seconds
import asyncio
import time

async def call_api():
    print("Hello")
    await asyncio.sleep(3)
    print("World")

async def main():
    start = time.perf_counter()

    task_1 = asyncio.create_task(
        call_api()
    )
    task_2 = asyncio.create_task(
        call_api()
    )

    await task_1
    await task_2

    end = time.perf_counter()
    print(f'It took {end-start} second(s) to complete.')

asyncio.run(main())
# expect: Hello
# expect: Hello
# expect: World
# expect: World
# expect: It took 3.0 second(s) to complete.
