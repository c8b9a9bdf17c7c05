# asyncio.run rejects something that is not a coroutine
import asyncio


async def main():
    return 1


try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" got")[0])
print(asyncio.run(main()))
# expect: ValueError: a coroutine was expected,
# expect: 1
