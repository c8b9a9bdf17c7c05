# title: Running a coroutine as a Task / 用 asyncio.create_task() 创建 Task
import asyncio

async def hello():
    print("async function called")
    return "hello"

async def main():
    t = asyncio.create_task(hello())
    h = await t
    print(h)

asyncio.run(main())
