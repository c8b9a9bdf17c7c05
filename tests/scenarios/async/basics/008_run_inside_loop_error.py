# asyncio.run cannot be called while a loop is running
import asyncio


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("inner still awaitable:", await coro)


asyncio.run(main())
# expect: RuntimeError: asyncio.run() cannot be called from a running event loop
# expect: inner still awaitable: 1
