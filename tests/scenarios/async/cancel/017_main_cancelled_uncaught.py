# if main is cancelled and does not catch it, asyncio.run raises CancelledError (exit 1)
import asyncio


async def killer(target):
    await asyncio.sleep(0.5)
    target.cancel()


async def main():
    asyncio.create_task(killer(asyncio.current_task()))
    try:
        await asyncio.sleep(5)
    finally:
        print("main finally")


asyncio.run(main())
# expect: main finally
# expect runtime error: asyncio.exceptions.CancelledError
