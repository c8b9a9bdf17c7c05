# main catches what a helper task raised only when it awaits the task
import asyncio


async def helper():
    await asyncio.sleep(0.5)
    raise OSError("disk full")


async def main():
    t = asyncio.create_task(helper())
    await asyncio.sleep(1)
    print("main still fine, helper done:", t.done())
    try:
        await t
    except OSError as e:
        print("now main sees:", e)


asyncio.run(main())
# expect: main still fine, helper done: True
# expect: now main sees: disk full
