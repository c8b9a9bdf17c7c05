# an exception in the body of the block cancels the children too
import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
    finally:
        print("child", n, "cleanup")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
            await asyncio.sleep(0.5)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("group of", len(eg.exceptions), repr(eg.exceptions[0]))


asyncio.run(main())
# expect: child 1 cleanup
# expect: child 2 cleanup
# expect: group of 1 KeyError('body')
