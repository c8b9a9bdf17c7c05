# an awaitable whose __await__ does a bare yield gives up one iteration, like sleep(0)
import asyncio


class Pass:
    def __await__(self):
        yield
        return "passed"


async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)


async def main():
    asyncio.create_task(other())
    print(await Pass())
    print(await Pass())


asyncio.run(main())
# expect: other 0
# expect: passed
# expect: other 1
# expect: passed
# expect: other 2
