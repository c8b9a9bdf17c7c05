# the pre-3.7 style: get_event_loop() + run_until_complete, then asyncio.run resets the loop
import asyncio


async def work(n):
    await asyncio.sleep(n)
    print("work", n, asyncio.current_task().get_name())
    return n


loop = asyncio.get_event_loop()
print(loop.is_running(), loop.is_closed())
t = loop.create_task(work(2))
print(loop.run_until_complete(work(1)))
print(loop.run_until_complete(t))
print(loop.time())
loop.close()
print(loop.is_closed(), asyncio.get_event_loop() is loop)
asyncio.run(work(0))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
# expect: False False
# expect: work 1 Task-2
# expect: 1
# expect: work 2 Task-1
# expect: 2
# expect: 2.0
# expect: True True
# expect: work 0 Task-3
# expect: RuntimeError: There is no current event loop in thread 'MainThread'.
