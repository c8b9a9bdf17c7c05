# tasks are named Task-1, Task-2, ... in creation order; main is Task-1
import asyncio


async def show():
    print("running", asyncio.current_task().get_name())


async def main():
    print("main is", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(show()) for _ in range(3)]
    print([t.get_name() for t in tasks])
    await asyncio.sleep(0)


asyncio.run(main())
# expect: main is Task-1
# expect: ['Task-2', 'Task-3', 'Task-4']
# expect: running Task-2
# expect: running Task-3
# expect: running Task-4
