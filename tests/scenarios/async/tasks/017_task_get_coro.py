# a task keeps its coroutine; a task's coroutine cannot be given to a second task
import asyncio


async def job():
    await asyncio.sleep(0)
    return "job"


async def main():
    c = job()
    t = asyncio.create_task(c)
    print(t.get_coro() is c)
    print(await t)
    try:
        asyncio.create_task("not a coroutine")
    except TypeError as e:
        print("TypeError:", str(e).split(",")[0])


asyncio.run(main())
# expect: True
# expect: job
# expect: TypeError: a coroutine was expected
