# title: Awaiting a coroutine object / await 协程对象
import asyncio

async def hello():
    return "hello"

async def main():
    coro = hello()
    h = await coro
    print(h)

asyncio.run(main())
