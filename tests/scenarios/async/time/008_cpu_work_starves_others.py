# a task that never awaits starves the others until it finishes
import asyncio


async def greedy():
    total = 0
    for i in range(5):
        total += i
        print("greedy step", i)
    return total


async def polite(name):
    for i in range(2):
        print(name, "step", i)
        await asyncio.sleep(0)


async def main():
    results = await asyncio.gather(polite("p1"), greedy(), polite("p2"))
    print(results)


asyncio.run(main())
# expect: p1 step 0
# expect: greedy step 0
# expect: greedy step 1
# expect: greedy step 2
# expect: greedy step 3
# expect: greedy step 4
# expect: p2 step 0
# expect: p1 step 1
# expect: p2 step 1
# expect: [None, 10, None]
