# a task created right before main returns still gets its first step before the loop stops (G10)
import asyncio


async def late():
    print("late task body")


async def main():
    asyncio.create_task(late())
    print("main returns right after creating it")


asyncio.run(main())
print("done")
# expect: main returns right after creating it
# expect: late task body
# expect: done
