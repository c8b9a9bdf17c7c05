# retries with exponential backoff and a timeout per attempt
import asyncio

attempt_times = [3, 0.4, 0.5, 0.2]


async def unreliable(attempt):
    await asyncio.sleep(attempt_times[attempt])
    if attempt < 2:
        raise ConnectionError(f"attempt {attempt} failed")
    return f"data from attempt {attempt}"


async def fetch_with_retry(max_attempts=4):
    loop = asyncio.get_running_loop()
    delay = 0.5
    for attempt in range(max_attempts):
        try:
            result = await asyncio.wait_for(unreliable(attempt), timeout=2)
            print(f"{loop.time():.2f} success: {result}")
            return result
        except (ConnectionError, asyncio.TimeoutError) as e:
            print(f"{loop.time():.2f} attempt {attempt} failed: {e!r}")
        await asyncio.sleep(delay)
        delay *= 2
    raise RuntimeError("gave up")


asyncio.run(fetch_with_retry())
# expect: 2.00 attempt 0 failed: TimeoutError()
# expect: 2.90 attempt 1 failed: ConnectionError('attempt 1 failed')
# expect: 4.40 success: data from attempt 2
