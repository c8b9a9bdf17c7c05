# a crawler simulation: fetch pages with simulated latency, follow links, limit concurrency
import asyncio

SITE = {
    "/": ["/a", "/b"],
    "/a": ["/a/1", "/b"],
    "/b": ["/b/1", "/b/2"],
    "/a/1": [],
    "/b/1": ["/"],
    "/b/2": [],
}
LATENCY = {"/": 0.3, "/a": 0.5, "/b": 0.2, "/a/1": 0.4, "/b/1": 0.1, "/b/2": 0.6}


async def fetch(url, sem):
    async with sem:
        print(f"{asyncio.get_running_loop().time():.1f} GET {url}")
        await asyncio.sleep(LATENCY[url])
        return SITE[url]


async def crawl(url, seen, sem, tasks):
    links = await fetch(url, sem)
    for link in links:
        if link not in seen:
            seen.add(link)
            tasks.append(asyncio.create_task(crawl(link, seen, sem, tasks)))


async def main():
    sem = asyncio.Semaphore(2)
    seen = {"/"}
    tasks = []
    tasks.append(asyncio.create_task(crawl("/", seen, sem, tasks)))
    finished = 0
    while finished < len(tasks):  # the list grows while we wait
        await tasks[finished]
        finished += 1
    print("crawled", sorted(seen), "in", len(tasks), "tasks at", round(asyncio.get_running_loop().time(), 1))


asyncio.run(main())
# expect: 0.0 GET /
# expect: 0.3 GET /a
# expect: 0.3 GET /b
# expect: 0.5 GET /b/1
# expect: 0.6 GET /b/2
# expect: 0.8 GET /a/1
# expect: crawled ['/', '/a', '/a/1', '/b', '/b/1', '/b/2'] in 6 tasks at 1.2
