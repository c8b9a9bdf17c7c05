# call_soon callbacks run FIFO in the next iteration, with their arguments
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(print, "callback", i)
    print("scheduled three")
    await asyncio.sleep(0)
    print("main resumed after them")


asyncio.run(main())
# expect: scheduled three
# expect: callback 0
# expect: callback 1
# expect: callback 2
# expect: main resumed after them
