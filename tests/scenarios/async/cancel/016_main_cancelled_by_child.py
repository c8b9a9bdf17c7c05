# a child task cancels main: main's await raises CancelledError and main may handle it
import asyncio


async def killer(target):
    await asyncio.sleep(1)
    print("killer cancels main")
    target.cancel()


async def main():
    asyncio.create_task(killer(asyncio.current_task()))
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main cancelled at", asyncio.get_running_loop().time())
    return "main handled it"


print(asyncio.run(main()))
# expect: killer cancels main
# expect: main cancelled at 1.0
# expect: main handled it
