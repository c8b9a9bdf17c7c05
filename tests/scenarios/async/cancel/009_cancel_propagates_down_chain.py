# cancellation goes down to the innermost await; finally blocks run innermost first
import asyncio


async def level3():
    try:
        await asyncio.sleep(10)
    finally:
        print("level3 finally")


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")


async def level1():
    try:
        await level2()
    except asyncio.CancelledError:
        print("level1 caught CancelledError")
        raise


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("t cancelled:", t.cancelled())


asyncio.run(main())
# expect: level3 finally
# expect: level2 finally
# expect: level1 caught CancelledError
# expect: t cancelled: True
