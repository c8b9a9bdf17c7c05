# a batch of downloads under one overall deadline; finished ones are kept
import asyncio


async def download(name, seconds, results):
    await asyncio.sleep(seconds)
    results.append(name)
    print(f"{asyncio.get_running_loop().time():.1f} {name} downloaded")


async def main():
    results = []
    try:
        async with asyncio.timeout(2):
            async with asyncio.TaskGroup() as tg:
                for name, s in (("small", 0.5), ("medium", 1.5), ("huge", 5)):
                    tg.create_task(download(name, s, results))
    except TimeoutError:
        print("deadline reached at", asyncio.get_running_loop().time())
    print("got:", results)


asyncio.run(main())
# expect: 0.5 small downloaded
# expect: 1.5 medium downloaded
# expect: deadline reached at 2.0
# expect: got: ['small', 'medium']
