# awaiting something that is not awaitable is a TypeError raised at the await
import asyncio


async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1, 2]
    except TypeError as e:
        print("TypeError:", e)
    print("main goes on")


asyncio.run(main())
# expect: TypeError: object int can't be used in 'await' expression
# expect: TypeError: object list can't be used in 'await' expression
# expect: main goes on
