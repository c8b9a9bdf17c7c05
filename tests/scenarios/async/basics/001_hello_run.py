# asyncio.run runs one coroutine to completion and returns its value
import asyncio


async def main():
    print("hello")
    return 42


result = asyncio.run(main())
print("run returned", result)
# expect: hello
# expect: run returned 42
