# a connection pool as an async context manager, built on a Queue
import asyncio


class Pool:
    def __init__(self, size):
        self.free = asyncio.Queue()
        for i in range(size):
            self.free.put_nowait(f"conn{i}")

    def connection(self):
        return Borrow(self)


class Borrow:
    def __init__(self, pool):
        self.pool = pool

    async def __aenter__(self):
        self.conn = await self.pool.free.get()
        return self.conn

    async def __aexit__(self, *exc):
        self.pool.free.put_nowait(self.conn)


async def query(pool, n):
    loop = asyncio.get_running_loop()
    async with pool.connection() as conn:
        print(f"{loop.time():.1f} query {n} on {conn}")
        await asyncio.sleep(0.5 + n / 10)


async def main():
    pool = Pool(2)
    await asyncio.gather(*(query(pool, n) for n in range(5)))


asyncio.run(main())
# expect: 0.0 query 0 on conn0
# expect: 0.0 query 1 on conn1
# expect: 0.5 query 2 on conn0
# expect: 0.6 query 3 on conn1
# expect: 1.2 query 4 on conn0
