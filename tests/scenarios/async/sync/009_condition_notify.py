# Condition: notify(n) wakes n waiters; they get the lock after the notifier releases it
import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["x", "y"])
        cond.notify(2)
        print("notified 2, still holding the lock")
    await asyncio.sleep(0.1)
    async with cond:
        items.append("z")
        cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())
# expect: notified 2, still holding the lock
# expect: c0 took x
# expect: c1 took y
# expect: c2 took z
