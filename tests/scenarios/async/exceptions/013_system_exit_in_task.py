# SystemExit raised in a task stops the loop at once; asyncio.run still cancels the other tasks
import asyncio


async def background():
    try:
        await asyncio.sleep(5)
    finally:
        print("background finally")


async def quitter():
    await asyncio.sleep(1)
    print("quitting with status 3")
    raise SystemExit(3)


async def main():
    asyncio.create_task(background())
    asyncio.create_task(quitter())
    await asyncio.sleep(2)
    print("not reached")


asyncio.run(main())
print("not reached either")
# expect: quitting with status 3
# expect: background finally
# expect exit: 3
