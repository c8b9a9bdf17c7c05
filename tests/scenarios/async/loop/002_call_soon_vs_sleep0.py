# a call_soon chain and a sleep(0) loop alternate strictly, one step per iteration
import asyncio


def chain(loop, n):
    print("cb", n)
    if n < 3:
        loop.call_soon(chain, loop, n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(chain, loop, 1)
    for i in range(4):
        print("main", i)
        await asyncio.sleep(0)


asyncio.run(main())
# expect: main 0
# expect: cb 1
# expect: main 1
# expect: cb 2
# expect: main 2
# expect: cb 3
# expect: main 3
