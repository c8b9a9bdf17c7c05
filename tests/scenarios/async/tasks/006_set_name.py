# set_name renames a task, even while it runs; names are converted with str()
import asyncio


async def worker():
    print("before", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    print("after", asyncio.current_task().get_name())
    asyncio.current_task().set_name("self-renamed")
    return asyncio.current_task().get_name()


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.set_name(42)
    print(repr(t.get_name()))
    print(await t, t.get_name())
    u = asyncio.create_task(worker(), name=("x", 1))
    print(repr(u.get_name()))
    await u


asyncio.run(main())
# expect: before Task-2
# expect: '42'
# expect: after 42
# expect: self-renamed self-renamed
# expect: "('x', 1)"
# expect: before ('x', 1)
# expect: after ('x', 1)
