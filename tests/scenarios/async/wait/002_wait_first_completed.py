# FIRST_COMPLETED returns as soon as one finishes; the others keep running
import asyncio


async def job(n):
    await asyncio.sleep(n)
    print("job", n, "finished")
    return n


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (2, 1, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(loop.time(), [t.get_name() for t in done], sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(loop.time(), [t.get_name() for t in done], sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print("pending cancelled:", [t.cancelled() for t in pending])


asyncio.run(main())
# expect: job 1 finished
# expect: 1.0 ['job1'] ['job2', 'job3']
# expect: job 2 finished
# expect: 2.0 ['job2'] ['job3']
# expect: pending cancelled: [True]
