# Event.set() wakes every waiter, in the order they started waiting
import asyncio


async def waiter(name, event):
    print(name, "waiting")
    await event.wait()
    print(name, "woke at", asyncio.get_running_loop().time())


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(1)
    print("setting; is_set before:", event.is_set())
    event.set()
    print("is_set after:", event.is_set())
    await asyncio.gather(*tasks)
    print("wait on a set event:", await event.wait())


asyncio.run(main())
# expect: w1 waiting
# expect: w2 waiting
# expect: w3 waiting
# expect: setting; is_set before: False
# expect: is_set after: True
# expect: w1 woke at 1.0
# expect: w2 woke at 1.0
# expect: w3 woke at 1.0
# expect: wait on a set event: True
