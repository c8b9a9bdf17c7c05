# the article's remark: without awaiting the tasks only "Hello" appears before main returns;
# asyncio.run then cancels the unfinished tasks
import asyncio
import time

async def call_api():
    print("Hello")
    await asyncio.sleep(3)
    print("World")

async def main():
    start = time.perf_counter()
    task_1 = asyncio.create_task(call_api())
    task_2 = asyncio.create_task(call_api())
    await asyncio.sleep(0)
    end = time.perf_counter()
    print(f'main returns after {end-start} second(s); tasks done: {task_1.done()} {task_2.done()}')
    return task_1, task_2

tasks = asyncio.run(main())
print("cancelled by asyncio.run:", [t.cancelled() for t in tasks])
# expect: Hello
# expect: Hello
# expect: main returns after 0.0 second(s); tasks done: False False
# expect: cancelled by asyncio.run: [True, True]
