# G10: after main returns, other tasks get one more step and are then cancelled inside run()
import asyncio


async def bg():
    try:
        for i in range(9):
            print("bg", i)
            await asyncio.sleep(0)
    finally:
        print("bg finally")


async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("run returned")
# expect: bg 0
# expect: main returns
# expect: bg 1
# expect: bg finally
# expect: run returned
