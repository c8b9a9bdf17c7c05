# G03: sleep(0) costs one loop iteration; any positive sleep, however tiny, costs at least two
import asyncio


async def tick():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    asyncio.create_task(tick())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(1e-12)
    print("after sleep(1e-12)")


asyncio.run(main())
# expect: tick 0
# expect: tick 1
# expect: after sleep(0)
# expect: tick 2
# expect: tick 3
# expect: after sleep(1e-12)
