# the article's asyncio.run entry point
import asyncio

async def main():
    print("hello")

asyncio.run(main())
# expect: hello
