# a plain timer callback due in the same iteration runs before the sleeping task's next line
import asyncio
import time


async def sleeper():
    await asyncio.sleep(0.1)
    print("task resumes")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    loop.call_later(0.15, print, "plain callback")
    time.sleep(0.2)
    await t


asyncio.run(main())
# expect: plain callback
# expect: task resumes
