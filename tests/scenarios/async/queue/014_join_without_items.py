# join() on a queue with nothing unfinished returns at once, without suspending
import asyncio


async def other():
    print("other runs")


async def main():
    q = asyncio.Queue()
    asyncio.create_task(other())
    await q.join()
    print("join returned first")
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    await q.join()
    print("join after task_done")


asyncio.run(main())
# expect: join returned first
# expect: other runs
# expect: join after task_done
