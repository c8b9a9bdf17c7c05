# a supervisor cancels all its workers at once; each reports how far it got
import asyncio


async def worker(n):
    done = 0
    try:
        while True:
            await asyncio.sleep(n / 10)
            done += 1
    except asyncio.CancelledError:
        print(f"worker {n} cancelled after {done} rounds")
        raise


async def main():
    workers = [asyncio.create_task(worker(n)) for n in (1, 2, 3)]
    await asyncio.sleep(1)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
# expect: worker 2 cancelled after 4 rounds
# expect: worker 1 cancelled after 10 rounds
# expect: worker 3 cancelled after 3 rounds
# expect: ['CancelledError', 'CancelledError', 'CancelledError']
