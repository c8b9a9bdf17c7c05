# values flow back up a chain of awaited coroutines
import asyncio


async def leaf(x):
    await asyncio.sleep(0.1)
    print("leaf", x)
    return x * 2


async def middle(x):
    y = await leaf(x)
    print("middle", y)
    return y + 1


async def top():
    total = 0
    for i in range(3):
        total += await middle(i)
    print("top", total)
    return total


print("result", asyncio.run(top()))
# expect: leaf 0
# expect: middle 0
# expect: leaf 1
# expect: middle 2
# expect: leaf 2
# expect: middle 4
# expect: top 9
# expect: result 9
