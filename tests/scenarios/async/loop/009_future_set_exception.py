# set_exception makes await raise; an exception class is instantiated
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    loop.call_soon(f1.set_exception, ValueError("bad value"))
    try:
        await f1
    except ValueError as e:
        print("caught", repr(e), f1.exception() is e)
    f2 = loop.create_future()
    f2.set_exception(KeyError)
    print(repr(f2.exception()))
    try:
        f2.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
# expect: caught ValueError('bad value') True
# expect: KeyError()
# expect: InvalidStateError: invalid state
# expect: TypeError: StopIteration interacts badly with generators and cannot be raised into a Future
