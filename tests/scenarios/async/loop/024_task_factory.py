# a task factory sees every task the loop creates (asyncio.create_task, gather, TaskGroup)
import asyncio

created = []


def factory(loop, coro):
    task = asyncio.Task(coro, loop=loop)
    created.append(task.get_name())
    return task


async def job(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    a = asyncio.create_task(job(1), name="first")
    print(await a, await asyncio.gather(job(2), job(3)))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(4))
    print(created)
    loop.set_task_factory(None)


asyncio.run(main())
# expect: True
# expect: 1 [2, 3]
# expect: ['Task-2', 'Task-3', 'Task-4', 'Task-5']
