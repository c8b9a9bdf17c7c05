# current_task() is the task running the step; coroutines awaited directly share it
import asyncio


async def helper():
    return asyncio.current_task()


async def child(parent):
    me = asyncio.current_task()
    print("child is parent:", me is parent)
    print("helper sees child:", await helper() is me)


async def main():
    me = asyncio.current_task()
    print("helper sees main:", await helper() is me)
    t = asyncio.create_task(child(me))
    await t
    print("returned task is t:", t is not me)
    print(asyncio.current_task() is me)


asyncio.run(main())
# expect: helper sees main: True
# expect: child is parent: False
# expect: helper sees child: True
# expect: returned task is t: True
# expect: True
