# the article's `await add(3, 4)` example. It first prints add(3, 4) itself, a coroutine object
# whose repr holds a memory address; here its type is printed instead, and the unused coroutine
# is closed (the article notes the "never awaited" warning it would otherwise cause).
import asyncio

async def add(x, y):
    return x + y

async def get_results():
    # 直接 print(add(3, 4)) 得到的是一个 coroutine object
    coro = add(3, 4)
    print(type(coro).__name__)
    coro.close()

    # 打印出结果为 7
    print(await add(3, 4))

    res1 = await add(3, 4)
    res2 = await add(8, 5)
    # 打印出结果为 7 13
    print(res1, res2)

asyncio.run(get_results())
# expect: coroutine
# expect: 7
# expect: 7 13
