# done callbacks run one iteration after completion, in registration order, mixed with awaiters
import asyncio


async def target():
    await asyncio.sleep(0.1)
    return "t"


async def waiter(name, t):
    await t
    print(name, "resumed")


async def main():
    t = asyncio.create_task(target())
    t.add_done_callback(lambda f: print("cb1", f.result()))
    w = asyncio.create_task(waiter("W", t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("cb2", f.done()))
    await w
    t.add_done_callback(lambda f: print("cb3 added after done"))
    print("main before yield")
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
# expect: cb1 t
# expect: W resumed
# expect: cb2 True
# expect: main before yield
# expect: cb3 added after done
# expect: main end
