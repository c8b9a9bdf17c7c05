# cleanup after a cancel may await again; the task ends when the cleanup is done
import asyncio


async def worker():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} cleaning up")
        await asyncio.sleep(0.5)
        print(f"{loop.time():.1f} cleanup done")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} worker finished cancelled")


asyncio.run(main())
# expect: 1.0 cleaning up
# expect: 1.5 cleanup done
# expect: 1.5 worker finished cancelled
