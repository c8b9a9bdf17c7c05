# one child fails: the siblings are cancelled and the group raises an ExceptionGroup
import asyncio


async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("child failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("fast", 0.5))
            tg.create_task(fail(1))
            tg.create_task(ok("slow", 3))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])


asyncio.run(main())
# expect: fast finished
# expect: slow cancelled at 1.0
# expect: ExceptionGroup unhandled errors in a TaskGroup ["ValueError('child failed')"]
