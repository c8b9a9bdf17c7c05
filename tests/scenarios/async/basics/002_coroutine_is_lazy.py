# calling an async function only builds a coroutine object; its body runs when awaited
import asyncio


async def greet(name):
    print("greeting", name)
    return "hi " + name


async def main():
    coro = greet("ada")
    print("coroutine built, body not run yet")
    text = await coro
    print("awaited:", text)


asyncio.run(main())
# expect: coroutine built, body not run yet
# expect: greeting ada
# expect: awaited: hi ada
