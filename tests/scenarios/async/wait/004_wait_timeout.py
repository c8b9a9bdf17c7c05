# wait(timeout=...) returns what finished so far and raises nothing; nothing is cancelled
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(loop.time(), sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print("cancelled any:", any(t.cancelled() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=10)
    print(loop.time(), sorted(t.result() for t in done), len(pending))


asyncio.run(main())
# expect: 1.5 ['job1'] ['job2', 'job3']
# expect: cancelled any: False
# expect: 3.0 [2, 3] 0
