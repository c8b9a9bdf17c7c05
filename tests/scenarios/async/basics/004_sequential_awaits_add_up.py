# awaiting coroutines one after another is sequential: the sleeps add up
import asyncio


async def step(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} {name} starts")
    await asyncio.sleep(delay)
    print(f"{loop.time():.1f} {name} ends")


async def main():
    await step("a", 1)
    await step("b", 2)
    await step("c", 0.5)


asyncio.run(main())
# expect: 0.0 a starts
# expect: 1.0 a ends
# expect: 1.0 b starts
# expect: 3.0 b ends
# expect: 3.0 c starts
# expect: 3.5 c ends
