# a class with __await__ can be awaited; here it delegates to asyncio.sleep
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


async def in_task():
    return await Delay(0.2, "in a task")


async def main():
    loop = asyncio.get_running_loop()
    v = await Delay(0.3, "ready")
    print(v, loop.time())
    t = asyncio.create_task(in_task())
    print(await t, loop.time())
    print(await Delay(0.1, "again"), loop.time())


asyncio.run(main())
# expect: ready 0.3
# expect: in a task 0.5
# expect: again 0.6
