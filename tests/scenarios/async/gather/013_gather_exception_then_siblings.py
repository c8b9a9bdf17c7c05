# after gather raised, the siblings' results are still on their tasks
import asyncio


async def work(n):
    await asyncio.sleep(n)
    if n == 2:
        raise LookupError("two")
    return n * 100


async def main():
    tasks = [asyncio.create_task(work(n)) for n in (1, 2, 3)]
    try:
        await asyncio.gather(*tasks)
    except LookupError as e:
        print("gather:", e, "at", asyncio.get_running_loop().time())
    print([t.done() for t in tasks])
    await asyncio.sleep(2)
    print(tasks[0].result(), repr(tasks[1].exception()), tasks[2].result())


asyncio.run(main())
# expect: gather: two at 2.0
# expect: [True, True, False]
# expect: 100 LookupError('two') 300
