# a leftover task may await during its cancellation cleanup; run() waits for it
import asyncio


async def saver():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} saving state")
        await asyncio.sleep(0.5)
        print(f"{loop.time():.1f} state saved")
        raise


async def main():
    asyncio.create_task(saver())
    await asyncio.sleep(1)
    print("main returns at", asyncio.get_running_loop().time())


asyncio.run(main())
# expect: main returns at 1.0
# expect: 1.0 saving state
# expect: 1.5 state saved
