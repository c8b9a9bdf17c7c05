# loop.time() only moves while everything waits; computing costs no time here
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    total = sum(i * i for i in range(10000))
    print("after computing:", loop.time() - t0, total)
    await asyncio.sleep(0.25)
    print("after sleep:", loop.time() - t0)
    await asyncio.sleep(0)
    print("after sleep(0):", loop.time() - t0)


asyncio.run(main())
# expect: after computing: 0.0 333283335000
# expect: after sleep: 0.25
# expect: after sleep(0): 0.25
