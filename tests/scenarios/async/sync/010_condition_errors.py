# wait() and notify() need the condition's lock
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("lock held through the condition:", lock.locked())
    print(lock.locked())


asyncio.run(main())
# expect: RuntimeError: cannot wait on un-acquired lock
# expect: RuntimeError: cannot notify on un-acquired lock
# expect: lock held through the condition: True
# expect: False
