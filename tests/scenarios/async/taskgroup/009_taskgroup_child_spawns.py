# a child may add more tasks to the group while it is running
import asyncio


async def crawl(tg, url, depth):
    await asyncio.sleep(0.1)
    print(f"{asyncio.get_running_loop().time():.1f} crawled {url}")
    if depth > 0:
        for i in range(2):
            tg.create_task(crawl(tg, f"{url}/{i}", depth - 1))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl(tg, "root", 2))
    print("crawl finished at", asyncio.get_running_loop().time())


asyncio.run(main())
# expect: 0.1 crawled root
# expect: 0.2 crawled root/0
# expect: 0.2 crawled root/1
# expect: 0.3 crawled root/0/0
# expect: 0.3 crawled root/0/1
# expect: 0.3 crawled root/1/0
# expect: 0.3 crawled root/1/1
# expect: crawl finished at 0.30000000000000004
