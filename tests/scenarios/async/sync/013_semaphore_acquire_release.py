# Semaphore counts: locked() when the value is 0; release() may go above the start value
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    print(await sem.acquire(), sem.locked())
    print(await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print("after three releases:", sem.locked())
    for _ in range(3):
        await sem.acquire()
    print("after three acquires:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
# expect: True False
# expect: True True
# expect: after three releases: False
# expect: after three acquires: True
# expect: ValueError: Semaphore initial value must be >= 0
