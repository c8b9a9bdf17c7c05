# title: def vs async def / 函数与协程函数
# The article shows these lines as separate snippets; here they are joined into one
# program, and the awaits are placed inside a coroutine so that the file runs.
import asyncio

async def example_coroutine_function(a, b, c):
    # 异步代码
    ...

def example_function(a, b, c):
    # 同步代码
    ...

async def main():
    r = example_function(1, 2, 3)

    r = example_coroutine_function(1, 2, 3)
    s = await r

    s = await example_coroutine_function(1, 2, 3)

asyncio.run(main())
