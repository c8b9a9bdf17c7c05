# a cancelled handle never runs; cancelled() tells
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    soon = loop.call_soon(print, "soon: not printed")
    later = loop.call_later(1, print, "later: not printed")
    kept = loop.call_later(1, print, "kept runs")
    soon.cancel()
    later.cancel()
    later.cancel()
    print(soon.cancelled(), later.cancelled(), kept.cancelled())
    await asyncio.sleep(2)
    print("done at", loop.time())


asyncio.run(main())
# expect: True True False
# expect: kept runs
# expect: done at 2.0
