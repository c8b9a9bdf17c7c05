# title: Running a coroutine with asyncio.run / 用 asyncio.run 运行协程
import asyncio

async def main():
    print("hello")

asyncio.run(main())
