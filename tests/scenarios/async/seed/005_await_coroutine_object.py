# the article: build the coroutine object first, then await it
import asyncio

async def hello():
    return "hello"

async def main():
    coro = hello()
    h = await coro
    print(h)

asyncio.run(main())
# expect: hello
