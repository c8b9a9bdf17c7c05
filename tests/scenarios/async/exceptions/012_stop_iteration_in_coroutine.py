# StopIteration raised inside a coroutine becomes a RuntimeError
import asyncio


async def bad():
    await asyncio.sleep(0)
    raise StopIteration("oops")


async def main():
    try:
        await bad()
    except RuntimeError as e:
        print("RuntimeError:", e, "from", repr(e.__cause__))


asyncio.run(main())
# expect: RuntimeError: coroutine raised StopIteration from StopIteration('oops')
