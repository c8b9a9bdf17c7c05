# time.sleep before and after asyncio.run moves the same clock
import asyncio
import time

start = time.perf_counter()
time.sleep(0.5)


async def main():
    await asyncio.sleep(1)
    return time.perf_counter() - start


print("inside run:", asyncio.run(main()))
time.sleep(0.25)
print("total:", time.perf_counter() - start)
# expect: inside run: 1.5
# expect: total: 1.75
