# cancel() on a finished task returns False and changes nothing
import asyncio


async def quick():
    return "ok"


async def main():
    t = asyncio.create_task(quick())
    await t
    print(t.cancel(), t.cancelled(), t.result())
    f = asyncio.get_running_loop().create_future()
    print(f.cancel(), f.cancel(), f.cancelled())


asyncio.run(main())
# expect: False False ok
# expect: True False True
