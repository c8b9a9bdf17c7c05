# a plain Future completed by a timer callback wakes its awaiter
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    loop.call_later(1, fut.set_result, "hello")
    print("awaiting")
    print(await fut, loop.time(), fut.done())


asyncio.run(main())
# expect: False False
# expect: awaiting
# expect: hello 1.0 True
