# the article: asyncio.create_task() wraps the coroutine in a Task
import asyncio

async def hello():
    print("async function called")
    return "hello"

async def main():
    t = asyncio.create_task(hello())
    h = await t
    print(h)

asyncio.run(main())
# expect: async function called
# expect: hello
