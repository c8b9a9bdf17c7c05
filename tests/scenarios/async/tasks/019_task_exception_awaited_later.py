# an exception stored in a task is raised (the same object) each time the task is awaited
import asyncio


async def fail():
    await asyncio.sleep(0.1)
    raise KeyError("missing")


async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(1)
    print("task done:", t.done())
    errors = []
    for _ in range(2):
        try:
            await t
        except KeyError as e:
            errors.append(e)
            print("caught", repr(e))
    print(errors[0] is errors[1], errors[0] is t.exception())


asyncio.run(main())
# expect: task done: True
# expect: caught KeyError('missing')
# expect: caught KeyError('missing')
# expect: True True
