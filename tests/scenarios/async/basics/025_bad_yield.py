# an awaitable that yields a plain value makes the task fail with "Task got bad yield"
import asyncio


class Weird:
    def __await__(self):
        yield 42
        return "unreachable"


async def main():
    try:
        await Weird()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
# expect: RuntimeError: Task got bad yield: 42
