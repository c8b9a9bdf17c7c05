# FIRST_COMPLETED returns every task that is done by the time the caller resumes
import asyncio


async def job(n):
    await asyncio.sleep(1)
    return n


async def main():
    tasks = [asyncio.create_task(job(n), name=f"j{n}") for n in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), len(pending))


asyncio.run(main())
# expect: ['j0', 'j1', 'j2'] 0
