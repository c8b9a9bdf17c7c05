# a task parked on sleep(0) gets the CancelledError at its next step
import asyncio


async def spinner():
    i = 0
    try:
        while True:
            print("spin", i)
            i += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("spinner cancelled after", i)
        raise


async def main():
    t = asyncio.create_task(spinner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    print("main cancelled it")
    await asyncio.sleep(0)
    print("main: t.done() =", t.done())


asyncio.run(main())
# expect: spin 0
# expect: spin 1
# expect: main cancelled it
# expect: spinner cancelled after 2
# expect: main: t.done() = True
