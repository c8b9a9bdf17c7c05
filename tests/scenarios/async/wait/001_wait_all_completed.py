# asyncio.wait returns (done, pending) sets once everything finished
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n * 10


async def main():
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.get_name() for t in done), len(pending))
    print(sorted(t.result() for t in done), asyncio.get_running_loop().time())


asyncio.run(main())
# expect: ['job1', 'job2', 'job3'] 0
# expect: [10, 20, 30] 3.0
