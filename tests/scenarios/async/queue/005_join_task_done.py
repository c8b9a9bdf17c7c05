# join() waits until task_done() was called for every item put
import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(f"{asyncio.get_running_loop().time():.1f} {name} finished job {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for job in (1, 3, 2, 1):
        q.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all jobs done at", asyncio.get_running_loop().time())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
# expect: 1.0 w0 finished job 1
# expect: 3.0 w1 finished job 3
# expect: 3.0 w0 finished job 2
# expect: 4.0 w1 finished job 1
# expect: all jobs done at 4.0
# expect: ValueError: task_done() called too many times
