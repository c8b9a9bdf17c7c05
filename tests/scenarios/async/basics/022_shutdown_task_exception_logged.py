# a leftover task that raises while being cancelled is reported during asyncio.run's shutdown
import asyncio


async def fragile():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("failed during shutdown")


async def main():
    asyncio.create_task(fragile())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("run returned normally")
# expect: main returns
# expect: run returned normally
# expect stderr: unhandled exception during asyncio.run() shutdown
# expect stderr: ValueError: failed during shutdown
