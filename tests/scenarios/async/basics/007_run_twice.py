# two asyncio.run calls in one program: each gets a fresh loop and a fresh clock start
import asyncio


async def job(tag):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.5)
    print(tag, "slept", loop.time() - start, asyncio.current_task().get_name())
    return tag


print(asyncio.run(job("first")))
print(asyncio.run(job("second")))
# expect: first slept 0.5 Task-1
# expect: first
# expect: second slept 0.5 Task-4
# expect: second
