# timers with the identical deadline run in the order they were created (on the virtual clock)
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.01
    for i in range(6):
        loop.call_at(when, print, "timer", i)
    loop.call_at(when - 0.005, print, "earlier timer")
    await asyncio.sleep(0.05)
    print("main at", loop.time())


asyncio.run(main())
# expect: earlier timer
# expect: timer 0
# expect: timer 1
# expect: timer 2
# expect: timer 3
# expect: timer 4
# expect: timer 5
# expect: main at 0.05
