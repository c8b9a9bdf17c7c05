# return_exceptions=True puts exceptions into the result list
import asyncio


async def ok(x):
    await asyncio.sleep(0.1 * x)
    return x


async def fail(x):
    await asyncio.sleep(0.1 * x)
    raise RuntimeError(f"fail {x}")


async def main():
    results = await asyncio.gather(ok(1), fail(2), ok(3), fail(0), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)


asyncio.run(main())
# expect: int 1
# expect: RuntimeError fail 2
# expect: int 3
# expect: RuntimeError fail 0
