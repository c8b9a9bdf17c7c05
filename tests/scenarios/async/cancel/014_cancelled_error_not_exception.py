# CancelledError is a BaseException: `except Exception` does not catch it
import asyncio


async def careless():
    try:
        await asyncio.sleep(5)
    except Exception as e:
        print("never printed", e)
    finally:
        print("finally runs")


async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(careless())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("not here")
    except asyncio.CancelledError:
        print("main: CancelledError passed through except Exception")


asyncio.run(main())
# expect: False True
# expect: finally runs
# expect: main: CancelledError passed through except Exception
