# set() followed at once by clear() still wakes every waiter
import asyncio


async def waiter(name, event):
    await event.wait()
    print(name, "woke; is_set() now", event.is_set())


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("a", "b")]
    await asyncio.sleep(0)
    event.set()
    event.clear()
    await asyncio.gather(*tasks)
    late = asyncio.create_task(waiter("late", event))
    await asyncio.sleep(0.1)
    print("late still waiting:", not late.done())
    event.set()
    await late


asyncio.run(main())
# expect: a woke; is_set() now False
# expect: b woke; is_set() now False
# expect: late still waiting: True
# expect: late woke; is_set() now True
