# a token-bucket rate limiter: at most 2 requests per second
import asyncio


class RateLimiter:
    def __init__(self, rate):
        self.interval = 1 / rate
        self.next_slot = 0.0
        self.lock = asyncio.Lock()

    async def wait(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            now = loop.time()
            if self.next_slot > now:
                await asyncio.sleep(self.next_slot - now)
            self.next_slot = max(now, self.next_slot) + self.interval


async def request(n, limiter):
    await limiter.wait()
    print(f"{asyncio.get_running_loop().time():.1f} request {n}")


async def main():
    limiter = RateLimiter(2)
    await asyncio.gather(*(request(n, limiter) for n in range(6)))


asyncio.run(main())
# expect: 0.0 request 0
# expect: 0.5 request 1
# expect: 1.0 request 2
# expect: 1.5 request 3
# expect: 2.0 request 4
# expect: 2.5 request 5
