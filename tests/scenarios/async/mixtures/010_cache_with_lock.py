# concurrent requests for the same key: a per-key lock makes only the first one fetch
import asyncio

fetch_count = 0


async def slow_fetch(key):
    global fetch_count
    fetch_count += 1
    await asyncio.sleep(1)
    return key.upper()


class Cache:
    def __init__(self):
        self.data = {}
        self.locks = {}

    async def get(self, key):
        lock = self.locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key not in self.data:
                self.data[key] = await slow_fetch(key)
                print(f"{asyncio.get_running_loop().time():.1f} fetched {key}")
            return self.data[key]


async def main():
    cache = Cache()
    results = await asyncio.gather(cache.get("a"), cache.get("b"), cache.get("a"), cache.get("a"))
    print(results, "fetches:", fetch_count, "time:", asyncio.get_running_loop().time())


asyncio.run(main())
# expect: 1.0 fetched a
# expect: 1.0 fetched b
# expect: ['A', 'B', 'A', 'A'] fetches: 2 time: 1.0
