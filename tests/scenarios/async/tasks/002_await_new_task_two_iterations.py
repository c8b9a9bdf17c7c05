# G02: awaiting a freshly created task costs two loop iterations
import asyncio


async def tick():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)


async def work():
    print("work runs")


async def main():
    asyncio.create_task(tick())
    await asyncio.create_task(work())
    print("main resumed")


asyncio.run(main())
# expect: tick 0
# expect: work runs
# expect: tick 1
# expect: main resumed
# expect: tick 2
