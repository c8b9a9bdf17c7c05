# tasks that create tasks: numbering follows creation time across the whole program
import asyncio


async def leaf(tag):
    await asyncio.sleep(0.1)
    print("leaf", tag, asyncio.current_task().get_name())


async def branch(tag):
    print("branch", tag, asyncio.current_task().get_name())
    kids = [asyncio.create_task(leaf(tag + str(i))) for i in range(2)]
    for k in kids:
        await k


async def main():
    a = asyncio.create_task(branch("a"))
    b = asyncio.create_task(branch("b"))
    await a
    await b


asyncio.run(main())
# expect: branch a Task-2
# expect: branch b Task-3
# expect: leaf a0 Task-4
# expect: leaf a1 Task-5
# expect: leaf b0 Task-6
# expect: leaf b1 Task-7
