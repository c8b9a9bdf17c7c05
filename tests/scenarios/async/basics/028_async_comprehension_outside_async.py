# `await` in a comprehension needs an enclosing async function
import asyncio


def collect(tasks):
    return [await t for t in tasks]  # error at 6:12: SyntaxError: asynchronous comprehension outside of an asynchronous function


asyncio.run(asyncio.sleep(0))
