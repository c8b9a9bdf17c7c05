# BoundedSemaphore refuses to be released above its initial value
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("inside, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
# expect: inside, locked: True
# expect: ValueError: BoundedSemaphore released too many times
