# G08: a task that cancels itself and returns without suspending still ends cancelled
import asyncio


async def t():
    asyncio.current_task().cancel()
    print("still running after self-cancel")
    return 42


async def main():
    task = asyncio.create_task(t())
    await asyncio.sleep(0)
    print("cancelled:", task.cancelled())


asyncio.run(main())
# expect: still running after self-cancel
# expect: cancelled: True
