# asyncio.Future() and asyncio.Task() can be built directly inside a running loop
import asyncio


async def job():
    await asyncio.sleep(0.5)
    return "job"


async def main():
    t = asyncio.create_task(job())
    f = asyncio.Future()
    asyncio.get_running_loop().call_later(1, f.set_result, "future")
    print(t.get_name(), isinstance(t, asyncio.Future), asyncio.isfuture(f))
    print(await t, await f, asyncio.get_running_loop().time())
    print(isinstance(t, asyncio.Task), isinstance(f, asyncio.Task))
    direct = asyncio.Task(job(), name="direct")
    print(direct.get_name(), await direct)


asyncio.run(main())
# expect: Task-2 True True
# expect: job future 1.0
# expect: True False
# expect: direct job
