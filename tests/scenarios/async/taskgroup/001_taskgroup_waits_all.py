# TaskGroup: leaving the block waits for every child
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{asyncio.get_running_loop().time():.1f} {name} done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 2))
        b = tg.create_task(job("b", 1))
        print("block body ends")
    print("after the block:", a.result(), b.result(), asyncio.get_running_loop().time())


asyncio.run(main())
# expect: block body ends
# expect: 1.0 b done
# expect: 2.0 a done
# expect: after the block: a b 2.0
