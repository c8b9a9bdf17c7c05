# loop.create_task behaves like asyncio.create_task
import asyncio


async def work(n):
    await asyncio.sleep(n / 10)
    print("work", n, asyncio.current_task().get_name())
    return n


async def main():
    loop = asyncio.get_running_loop()
    ts = [loop.create_task(work(n)) for n in (3, 1, 2)]
    ts.append(loop.create_task(work(4), name="four"))
    for t in ts:
        print("result", await t)


asyncio.run(main())
# expect: work 1 Task-3
# expect: work 2 Task-4
# expect: work 3 Task-2
# expect: result 3
# expect: result 1
# expect: result 2
# expect: work 4 four
# expect: result 4
