# done()/cancelled() as a task goes through its life
import asyncio


async def job():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(job())
    print("created", t.done(), t.cancelled())
    await asyncio.sleep(0)
    print("started", t.done(), t.cancelled())
    await asyncio.sleep(1)
    print("timer fired", t.done())
    await asyncio.sleep(0)
    print("one more turn", t.done(), t.result())


asyncio.run(main())
# expect: created False False
# expect: started False False
# expect: timer fired True
# expect: one more turn True None
