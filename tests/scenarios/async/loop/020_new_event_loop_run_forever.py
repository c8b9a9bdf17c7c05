# new_event_loop + run_forever until a callback stops it; stop() finishes the current iteration
import asyncio


async def ticker():
    for i in range(10):
        print("tick", i)
        await asyncio.sleep(0.5)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
task = loop.create_task(ticker())
loop.call_later(1.2, loop.stop)
loop.run_forever()
print("stopped at", loop.time(), "task done:", task.done())
loop.call_later(0.7, loop.stop)
loop.run_forever()
print("stopped again at", loop.time())
task.cancel()
loop.run_until_complete(asyncio.sleep(0))
print("cancelled:", task.cancelled())
loop.close()
# expect: tick 0
# expect: tick 1
# expect: tick 2
# expect: stopped at 1.2 task done: False
# expect: tick 3
# expect: stopped again at 1.9
# expect: cancelled: True
