# G04: an expired timer runs after the callbacks already ready, even after sleep(0) resumes
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(0)
    print("main resumed again")


asyncio.run(main())
# expect: call_soon
# expect: main resumed
# expect: call_later(0)
# expect: main resumed again
