# a task whose awaited future completed but which has not resumed yet loses that result to cancel
import asyncio


async def waiter(fut):
    try:
        v = await fut
        print("got", v)
    except asyncio.CancelledError:
        print("cancelled instead of getting the result")
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result("value")
    print("cancel ->", t.cancel())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("t cancelled:", t.cancelled(), "future result:", fut.result())


asyncio.run(main())
# expect: cancel -> True
# expect: cancelled instead of getting the result
# expect: t cancelled: True future result: value
