# wait() on a mix of tasks and futures; already-done ones are in `done` after one round trip
import asyncio


async def job():
    await asyncio.sleep(1)
    return "job"


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    t = asyncio.create_task(job())
    done, pending = await asyncio.wait([f, t], return_when=asyncio.FIRST_COMPLETED)
    print(loop.time(), f in done, t in pending)
    done, pending = await asyncio.wait([f, t])
    print(loop.time(), len(done), len(pending), t.result())


asyncio.run(main())
# expect: 0.0 True True
# expect: 1.0 2 0 job
