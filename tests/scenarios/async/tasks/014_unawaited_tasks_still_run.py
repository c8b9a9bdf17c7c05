# tasks run even if nobody awaits them, as long as main keeps the loop going
import asyncio


async def background(name, n):
    for i in range(n):
        await asyncio.sleep(0.5)
        print(f"{asyncio.get_running_loop().time():.1f}", name, i)


async def main():
    asyncio.create_task(background("A", 3))
    asyncio.create_task(background("B", 2))
    await asyncio.sleep(2)
    print("main done")


asyncio.run(main())
# expect: 0.5 A 0
# expect: 0.5 B 0
# expect: 1.0 A 1
# expect: 1.0 B 1
# expect: 1.5 A 2
# expect: main done
