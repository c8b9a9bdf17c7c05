# an uncaught exception in main ends the program after the leftover tasks are cleaned up
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleanup")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print("main about to fail")
    raise LookupError("main failed")


asyncio.run(main())
# expect: main about to fail
# expect: background cleanup
# expect runtime error: LookupError: main failed
