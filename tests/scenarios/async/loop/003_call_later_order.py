# call_later callbacks fire by deadline; equal deadlines in creation order
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def report(tag):
        print(f"{loop.time():.2f} {tag}")

    loop.call_later(0.3, report, "0.3 s")
    loop.call_later(0.1, report, "0.1 s (first)")
    loop.call_later(0.2, report, "0.2 s")
    loop.call_later(0.1, report, "0.1 s (second)")
    await asyncio.sleep(0.5)


asyncio.run(main())
# expect: 0.10 0.1 s (first)
# expect: 0.10 0.1 s (second)
# expect: 0.20 0.2 s
# expect: 0.30 0.3 s
