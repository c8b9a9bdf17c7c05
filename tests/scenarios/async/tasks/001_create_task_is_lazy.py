# a new task does not run until its creator suspends; then tasks start in creation order
import asyncio


async def worker(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)


async def main():
    asyncio.create_task(worker("a"))
    asyncio.create_task(worker("b"))
    print("main created both")
    for i in range(3):
        print("main busy", i)
    await asyncio.sleep(0)
    print("main after first yield")
    await asyncio.sleep(0)
    print("main after second yield")


asyncio.run(main())
# expect: main created both
# expect: main busy 0
# expect: main busy 1
# expect: main busy 2
# expect: start a
# expect: start b
# expect: main after first yield
# expect: end a
# expect: end b
# expect: main after second yield
