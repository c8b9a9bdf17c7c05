# wait() refuses coroutines, empty collections and bad return_when values
import asyncio


async def job():
    return 1


async def main():
    coro = job()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(coro)
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    print(await t)


asyncio.run(main())
# expect: TypeError: Passing coroutines is forbidden, use tasks explicitly.
# expect: ValueError: Set of Tasks/Futures is empty.
# expect: ValueError: Invalid return_when value: SOMETIMES
# expect: 1
