# raise ... from ... across awaits keeps __cause__
import asyncio


class FetchError(Exception):
    pass


async def fetch():
    await asyncio.sleep(0.1)
    raise ConnectionError("network down")


async def get_data():
    try:
        return await fetch()
    except ConnectionError as e:
        raise FetchError("could not get data") from e


async def main():
    try:
        await get_data()
    except FetchError as e:
        print(repr(e), "caused by", repr(e.__cause__))


asyncio.run(main())
# expect: FetchError('could not get data') caused by ConnectionError('network down')
