# wait_for cancels the work at the deadline and raises TimeoutError
import asyncio


async def work():
    try:
        await asyncio.sleep(5)
        return "done"
    except asyncio.CancelledError:
        print("work cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    try:
        await asyncio.wait_for(work(), timeout=1.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, repr(e.__cause__))
    print("after at", asyncio.get_running_loop().time())


asyncio.run(main())
# expect: work cancelled at 1.5
# expect: TimeoutError True CancelledError()
# expect: after at 1.5
