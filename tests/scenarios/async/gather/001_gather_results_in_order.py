# gather returns results in argument order, not completion order; total time is the longest
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"{asyncio.get_running_loop().time():.1f} fetched {name}")
    return name.upper()


async def main():
    results = await asyncio.gather(fetch("a", 3), fetch("b", 1), fetch("c", 2))
    print(results, asyncio.get_running_loop().time())


asyncio.run(main())
# expect: 1.0 fetched b
# expect: 2.0 fetched c
# expect: 3.0 fetched a
# expect: ['A', 'B', 'C'] 3.0
