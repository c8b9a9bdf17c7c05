# releasing an unlocked Lock is a RuntimeError; acquire() returns True
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())


asyncio.run(main())
# expect: RuntimeError: Lock is not acquired.
# expect: True True
# expect: False
