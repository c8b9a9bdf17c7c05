# an exception in a plain callback is logged to stderr; the loop keeps going
import asyncio


def bad():
    raise ValueError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.1)
    print("main finished")


asyncio.run(main())
# expect: next callback still runs
# expect: main finished
# expect stderr: ValueError: callback failed
