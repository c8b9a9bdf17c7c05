# FIRST_EXCEPTION returns when a task raises (or when all are done)
import asyncio


async def ok(n):
    await asyncio.sleep(n)
    return n


async def bad(n):
    await asyncio.sleep(n)
    raise ValueError(f"bad {n}")


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(ok(1), name="ok1"), asyncio.create_task(bad(2), name="bad2"),
             asyncio.create_task(ok(3), name="ok3")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(loop.time(), sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print(loop.time(), sorted(t.get_name() for t in done), len(pending))


asyncio.run(main())
# expect: 2.0 ['bad2', 'ok1'] ['ok3']
# expect: bad2 ValueError('bad 2')
# expect: ok1 None
# expect: 3.0 ['ok3'] 0
