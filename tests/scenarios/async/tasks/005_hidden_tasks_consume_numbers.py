# gather, wait_for and shield wrap coroutines in hidden tasks that take Task-N numbers
import asyncio


async def name():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    print(await asyncio.gather(name(), name()))
    print(await asyncio.wait_for(name(), 1))
    print(await asyncio.wait_for(name(), None))
    print(await asyncio.shield(name()))
    print(await asyncio.ensure_future(name()))
    print(await asyncio.create_task(name()))


asyncio.run(main())
asyncio.run(name())
print(asyncio.run(name()))
# expect: ['Task-2', 'Task-3']
# expect: Task-4
# expect: Task-1
# expect: Task-5
# expect: Task-6
# expect: Task-7
# expect: Task-13
