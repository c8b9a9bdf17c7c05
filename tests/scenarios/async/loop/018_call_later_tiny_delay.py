# a timer due within the clock resolution runs in the next iteration without any wait
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1e-10, print, "tiny delay timer")
    loop.call_soon(print, "call_soon")
    await asyncio.sleep(0)
    print("main after first sleep(0)", loop.time())
    await asyncio.sleep(0)
    print("main after second sleep(0)", loop.time())


asyncio.run(main())
# expect: call_soon
# expect: main after first sleep(0) 0.0
# expect: tiny delay timer
# expect: main after second sleep(0) 0.0
