# a Future's repr shows its state and its result or exception
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(RuntimeError("x"))
    print(repr(g))
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    print(g.exception().args)


asyncio.run(main())
# expect: <Future pending>
# expect: <Future finished result=[1, 2]>
# expect: <Future finished exception=RuntimeError('x')>
# expect: <Future cancelled>
# expect: ('x',)
