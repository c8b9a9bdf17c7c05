# except* sorts a TaskGroup's failures by type; a clause may await, and the siblings that were
# still running are cancelled first
import asyncio


async def job(name, delay, exc=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if exc:
        print(name, "fails")
        raise exc
    print(name, "done")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 0.1, ValueError("a broke")))
            tg.create_task(job("b", 0.1, KeyError("b")))
            tg.create_task(job("c", 0.2))
    except* ValueError as e:
        print("values:", repr(e))
        await asyncio.sleep(0.05)
        print("after await in clause at", loop.time())
    except* KeyError as e:
        print("keys:", repr(e.exceptions))
    print("main goes on at", loop.time())


asyncio.run(main())
# expect: a fails
# expect: b fails
# expect: c cancelled
# expect: values: ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('a broke')])
# expect: after await in clause at 0.15000000000000002
# expect: keys: (KeyError('b'),)
# expect: main goes on at 0.15000000000000002
