# user-defined exception classes through gather with return_exceptions
import asyncio


class RetryLater(Exception):
    def __init__(self, seconds):
        super().__init__(f"retry in {seconds}s")
        self.seconds = seconds


async def call(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise RetryLater(5)
    return f"ok {n}"


async def main():
    results = await asyncio.gather(*(call(n) for n in range(4)), return_exceptions=True)
    for r in results:
        if isinstance(r, RetryLater):
            print("retry after", r.seconds, "-", r)
        else:
            print(r)


asyncio.run(main())
# expect: ok 0
# expect: ok 1
# expect: retry after 5 - retry in 5s
# expect: ok 3
