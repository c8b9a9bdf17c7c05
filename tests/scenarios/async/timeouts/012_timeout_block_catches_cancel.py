# code inside a timeout block that swallows the CancelledError gets no TimeoutError
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("swallowed the cancel at", loop.time())
    print("block left normally; expired:", cm.expired())
    print("cancelling():", asyncio.current_task().cancelling())


asyncio.run(main())
# expect: swallowed the cancel at 1.0
# expect: block left normally; expired: True
# expect: cancelling(): 0
