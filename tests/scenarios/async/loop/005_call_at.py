# call_at takes an absolute loop time; TimerHandle.when() reports it
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    h1 = loop.call_at(start + 2, print, "at +2")
    h2 = loop.call_at(start + 1, print, "at +1")
    print(h1.when() - start, h2.when() - start)
    await asyncio.sleep(1.5)
    print("halfway", loop.time())
    await asyncio.sleep(1)
    print("end", loop.time())


asyncio.run(main())
# expect: 2.0 1.0
# expect: at +1
# expect: halfway 1.5
# expect: at +2
# expect: end 2.5
