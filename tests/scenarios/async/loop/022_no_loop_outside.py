# outside a running loop: current_task() fails, asyncio.run works, current_task() fails again
import asyncio


async def main():
    return asyncio.current_task().get_name()


for attempt in range(2):
    try:
        asyncio.current_task()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(asyncio.run(main()))
# expect: RuntimeError: no running event loop
# expect: Task-1
# expect: RuntimeError: no running event loop
# expect: Task-4
