# asyncio reports what a task leaves behind when it is freed: an exception nobody retrieved, or a
# task destroyed while still pending.
import asyncio


async def boom():
    raise ValueError("lost")


async def main():
    asyncio.create_task(boom())  # no reference kept: freed as soon as it has finished
    await asyncio.sleep(0)
    print("boom has run")
    kept = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("kept finished:", kept.done())
    try:
        kept.result()
    except ValueError as e:
        print("retrieved:", e)


asyncio.run(main())
# expect: boom has run
# expect: kept finished: True
# expect: retrieved: lost
# expect stderr: Task exception was never retrieved
# expect stderr:     raise ValueError("lost")
# expect stderr: ValueError: lost


# A task started while asyncio.run() shuts down never finishes: closing the loop frees it, and its
# coroutine is closed at its await.
async def late():
    try:
        while True:
            print("late step")
            await asyncio.sleep(0)
    finally:
        print("late closed")


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        asyncio.create_task(late())


async def starter():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("starter ends")


asyncio.run(starter())
print("after run")
# expect: starter ends
# expect: late step
# expect: late step
# expect: late step
# expect: late step
# expect: late step
# expect: late step
# expect: late closed
# expect: after run
# expect stderr: Task was destroyed but it is pending!
