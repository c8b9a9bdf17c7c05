# get_running_loop() works only inside the loop; the loop is the same for every task
import asyncio


async def child(loop):
    return asyncio.get_running_loop() is loop


async def main():
    loop = asyncio.get_running_loop()
    print("same loop in task:", await asyncio.create_task(child(loop)))
    print("running:", loop.is_running(), "closed:", loop.is_closed())
    return loop


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.run(main())
print("after run: running:", loop.is_running(), "closed:", loop.is_closed())
# expect: RuntimeError: no running event loop
# expect: same loop in task: True
# expect: running: True closed: False
# expect: after run: running: False closed: True
