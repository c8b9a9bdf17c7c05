# a task created in a finally block during asyncio.run's shutdown is not cancelled by it
import asyncio


async def flush(tag):
    print("flush", tag, "starts")
    await asyncio.sleep(0)
    print("flush", tag, "ends")


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker finally")
        asyncio.create_task(flush("late"))


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("run returned")
# expect: main returns
# expect: worker finally
# expect: flush late starts
# expect: flush late ends
# expect: run returned
