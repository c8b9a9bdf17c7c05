# cancelling one child makes gather raise CancelledError while the siblings keep running
import asyncio


async def child(n):
    await asyncio.sleep(n)
    print("child", n, "finished")
    return n


async def main():
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.5)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError at", asyncio.get_running_loop().time())
    print(await t2)


asyncio.run(main())
# expect: gather raised CancelledError at 0.5
# expect: child 2 finished
# expect: 2
