# the same coroutine or task passed twice becomes one child, its result repeated
import asyncio


async def once(tag):
    print("running", tag)
    await asyncio.sleep(0.1)
    return tag


async def main():
    c = once("coro")
    print(await asyncio.gather(c, c))
    t = asyncio.create_task(once("task"))
    print(await asyncio.gather(t, t, once("other")))


asyncio.run(main())
# expect: running coro
# expect: ['coro', 'coro']
# expect: running task
# expect: running other
# expect: ['task', 'task', 'other']
