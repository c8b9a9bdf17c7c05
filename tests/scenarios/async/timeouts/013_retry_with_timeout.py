# retries with a per-attempt timeout: slower attempts time out, the third succeeds
import asyncio


async def flaky(attempt):
    await asyncio.sleep(3 - attempt)
    return f"answer from attempt {attempt}"


async def main():
    loop = asyncio.get_running_loop()
    for attempt in range(3):
        try:
            result = await asyncio.wait_for(flaky(attempt), timeout=1.5)
        except asyncio.TimeoutError:
            print(f"{loop.time():.1f} attempt {attempt} timed out")
            continue
        print(f"{loop.time():.1f} {result}")
        break


asyncio.run(main())
# expect: 1.5 attempt 0 timed out
# expect: 3.0 attempt 1 timed out
# expect: 4.0 answer from attempt 2
