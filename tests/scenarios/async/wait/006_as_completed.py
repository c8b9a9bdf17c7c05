# as_completed yields awaitables in completion order
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(fetch(n, d)) for n, d in (("slow", 3), ("fast", 1), ("medium", 2))]
    for next_done in asyncio.as_completed(tasks):
        result = await next_done
        print(f"{loop.time():.1f} {result}")


asyncio.run(main())
# expect: 1.0 fast after 1s
# expect: 2.0 medium after 2s
# expect: 3.0 slow after 3s
