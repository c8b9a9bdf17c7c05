# an exception raised deep in awaited coroutines propagates like in plain calls
import asyncio


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)


async def load(texts):
    values = []
    for t in texts:
        values.append(await parse(t))
    return values


async def main():
    print(await load(["1", "2"]))
    try:
        await load(["3", "x", "4"])
    except ValueError as e:
        print("caught:", e, "at", asyncio.get_running_loop().time())


asyncio.run(main())
# expect: [1, 2]
# expect: caught: invalid literal for int() with base 10: 'x' at 0.4
