# G01: create_task is lazy, and awaiting a coroutine that never suspends does not let other tasks run
import asyncio


async def child():
    print("child")


async def quick():
    print("quick")
    return 1


async def main():
    asyncio.create_task(child())
    print("after create_task")
    await quick()
    print("after await quick()")
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())
# expect: after create_task
# expect: quick
# expect: after await quick()
# expect: child
# expect: after sleep(0)
