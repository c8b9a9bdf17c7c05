# tasks awaiting the same task resume in the order they started awaiting
import asyncio


async def slow():
    await asyncio.sleep(1)
    print("slow done")
    return "value"


async def waiter(name, task, delay):
    await asyncio.sleep(delay)
    print(name, "waits")
    v = await task
    print(name, "got", v)


async def main():
    t = asyncio.create_task(slow())
    await asyncio.gather(waiter("w1", t, 0.3), waiter("w2", t, 0.1), waiter("w3", t, 0.2))


asyncio.run(main())
# expect: w2 waits
# expect: w3 waits
# expect: w1 waits
# expect: slow done
# expect: w2 got value
# expect: w3 got value
# expect: w1 got value
