# gather() with no arguments is already done: awaiting it does not suspend
import asyncio


async def other():
    print("other runs")


async def main():
    asyncio.create_task(other())
    r = await asyncio.gather()
    print("empty gather:", r)
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
# expect: empty gather: []
# expect: other runs
# expect: main end
