# leftover tasks are cancelled when main ends; their handlers run before run() returns
import asyncio


async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")


async def main():
    for name, d in (("first", 5), ("second", 1), ("third", 3)):
        asyncio.create_task(sleeper(name, d))
    await asyncio.sleep(0.5)
    print("main done at", asyncio.get_running_loop().time())
    return "result"


print(asyncio.run(main()))
# expect: main done at 0.5
# expect: first cancelled at shutdown
# expect: first finally
# expect: second cancelled at shutdown
# expect: second finally
# expect: third cancelled at shutdown
# expect: third finally
# expect: result
