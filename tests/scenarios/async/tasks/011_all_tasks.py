# all_tasks() holds the unfinished tasks of the loop, main included
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    tasks = [asyncio.create_task(sleeper(d), name=f"s{d}") for d in (1, 2, 3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(1.5)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await tasks[2]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
# expect: ['Task-1', 's1', 's2', 's3']
# expect: ['Task-1', 's2', 's3']
# expect: ['Task-1']
# expect: 1 True
