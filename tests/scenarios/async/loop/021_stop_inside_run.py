# stopping the loop under asyncio.run: run_until_complete fails, main is then cancelled
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.stop()
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally at", loop.time())


asyncio.run(main())
# expect: main finally at 0.0
# expect runtime error: RuntimeError: Event loop stopped before Future completed.
