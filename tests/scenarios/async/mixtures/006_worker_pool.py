# a fixed pool of workers processes a job list; results are collected by job id
import asyncio


async def worker(wid, jobs, results):
    loop = asyncio.get_running_loop()
    while True:
        try:
            job_id, cost = jobs.get_nowait()
        except asyncio.QueueEmpty:
            return
        await asyncio.sleep(cost)
        results[job_id] = f"w{wid}@{loop.time():.1f}"


async def main():
    jobs = asyncio.Queue()
    for job_id, cost in enumerate([0.5, 0.2, 0.7, 0.1, 0.4, 0.3]):
        jobs.put_nowait((job_id, cost))
    results = {}
    await asyncio.gather(*(worker(w, jobs, results) for w in range(3)))
    for job_id in sorted(results):
        print(job_id, results[job_id])


asyncio.run(main())
# expect: 0 w0@0.5
# expect: 1 w1@0.2
# expect: 2 w2@0.7
# expect: 3 w1@0.3
# expect: 4 w1@0.7
# expect: 5 w0@0.8
