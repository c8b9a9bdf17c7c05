# Semaphore(2): at most two downloads at a time
import asyncio


async def download(n, sem):
    loop = asyncio.get_running_loop()
    async with sem:
        print(f"{loop.time():.1f} start {n}")
        await asyncio.sleep(1)
        print(f"{loop.time():.1f} end {n}")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(download(n, sem) for n in range(5)))
    print("locked:", sem.locked())


asyncio.run(main())
# expect: 0.0 start 0
# expect: 0.0 start 1
# expect: 1.0 end 0
# expect: 1.0 end 1
# expect: 1.0 start 2
# expect: 1.0 start 3
# expect: 2.0 end 2
# expect: 2.0 end 3
# expect: 2.0 start 4
# expect: 3.0 end 4
# expect: locked: False
