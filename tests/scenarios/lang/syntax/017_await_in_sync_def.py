# await inside a plain (non-async) function
# error at 5:5: SyntaxError: 'await' outside async function
import asyncio
def f():
    await asyncio.sleep(1)
