# title: Tasks on the event loop / Task 与 Event Loop
# The article describes this program ("call_api() 不变，只不过调用 call_api() 的方式变为使用
# asyncio.create_task()") and shows its output, but not its code; this is that change.
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
