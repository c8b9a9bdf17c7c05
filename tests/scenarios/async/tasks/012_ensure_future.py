# ensure_future wraps a coroutine in a task and returns futures and tasks unchanged
import asyncio


async def job(x):
    await asyncio.sleep(0.1)
    return x * 10


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(job(1))
    print(type(t).__name__, t.get_name())
    print(asyncio.ensure_future(t) is t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    loop.call_later(0.2, f.set_result, "from future")
    print(await t, await f, loop.time())
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
# expect: Task Task-2
# expect: True
# expect: True
# expect: 10 from future 0.2
# expect: TypeError: An asyncio.Future, a coroutine or an awaitable is required
