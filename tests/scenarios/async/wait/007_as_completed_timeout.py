# as_completed(timeout=...) raises TimeoutError for the ones not finished in time
import asyncio


async def fetch(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(fetch(d)) for d in (0.5, 3, 1)]
    for aw in asyncio.as_completed(tasks, timeout=2):
        try:
            value = await aw
            print(loop.time(), "got", value)
        except TimeoutError:
            print(loop.time(), "timed out")
    print("slow task still running:", not tasks[1].done())


asyncio.run(main())
# expect: 0.5 got 0.5
# expect: 1.0 got 1
# expect: 2.0 timed out
# expect: slow task still running: True
