# a cancelled timer does not make the clock jump to its deadline
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(100, print, "never")
    loop.call_later(1, h.cancel)
    await asyncio.sleep(2)
    print("time is", loop.time())


asyncio.run(main())
# expect: time is 2.0
