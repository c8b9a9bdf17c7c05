# an exception inside the waited coroutine passes through wait_for unchanged
import asyncio


async def broken():
    await asyncio.sleep(0.1)
    raise ArithmeticError("bad math")


async def main():
    try:
        await asyncio.wait_for(broken(), 1)
    except ArithmeticError as e:
        print("caught", repr(e), asyncio.get_running_loop().time())


asyncio.run(main())
# expect: caught ArithmeticError('bad math') 0.1
