# the awaiter of gather resumes two iterations after the last child finishes
import asyncio


async def ticker():
    for i in range(6):
        print("tick", i)
        await asyncio.sleep(0)


async def quick():
    print("quick runs")
    return 1


async def main():
    asyncio.create_task(ticker())
    print(await asyncio.gather(quick(), quick()))


asyncio.run(main())
# expect: tick 0
# expect: quick runs
# expect: quick runs
# expect: tick 1
# expect: tick 2
# expect: [1, 1]
# expect: tick 3
