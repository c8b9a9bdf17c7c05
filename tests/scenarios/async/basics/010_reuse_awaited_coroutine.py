# a coroutine object can be awaited only once
import asyncio


async def once():
    return "done"


async def main():
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
# expect: done
# expect: RuntimeError: cannot reuse already awaited coroutine
