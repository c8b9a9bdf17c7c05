# try/except/else/finally inside coroutines, with awaits in every part
import asyncio


async def step(tag):
    await asyncio.sleep(0.1)
    print(f"{asyncio.get_running_loop().time():.1f} {tag}")


async def attempt(fail):
    try:
        await step("try")
        if fail:
            raise ValueError("fail")
    except ValueError:
        await step("except")
    else:
        await step("else")
    finally:
        await step("finally")


async def main():
    await attempt(False)
    await attempt(True)


asyncio.run(main())
# expect: 0.1 try
# expect: 0.2 else
# expect: 0.3 finally
# expect: 0.4 try
# expect: 0.5 except
# expect: 0.6 finally
