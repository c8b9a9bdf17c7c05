# asyncio.timeout (3.11): the block is cancelled at the deadline, TimeoutError comes out
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5):
            for i in range(5):
                await asyncio.sleep(0.5)
                print(f"{loop.time():.1f} step {i}")
    except TimeoutError:
        print(f"{loop.time():.1f} timed out")
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(1)
    print("in time; expired:", cm.expired(), "when:", cm.when())


asyncio.run(main())
# expect: 0.5 step 0
# expect: 1.0 step 1
# expect: 1.5 timed out
# expect: in time; expired: False when: 11.5
