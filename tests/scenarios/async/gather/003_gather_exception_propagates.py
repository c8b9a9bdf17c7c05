# G06: the first exception reaches the awaiter; the other children are NOT cancelled
import asyncio


async def job(n, d):
    await asyncio.sleep(d)
    print("job", n, "ends at", asyncio.get_running_loop().time())
    if n == 1:
        raise ValueError(n)
    return n


async def main():
    try:
        await asyncio.gather(job(1, 0.01), job(2, 0.02), job(3, 0.03))
    except ValueError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.05)
    print("main end")


asyncio.run(main())
# expect: job 1 ends at 0.01
# expect: gather raised ValueError(1)
# expect: job 2 ends at 0.02
# expect: job 3 ends at 0.03
# expect: main end
