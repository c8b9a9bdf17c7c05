# Coroutines still unawaited when the program ends warn during the interpreter's shutdown, when no
# line runs any more: CPython names the place "sys:1".
async def never():
    pass


async def other():
    pass


held = never()


class Box:
    pass


box = Box()
box.coro = other()
box.me = box  # a cycle: freed by the shutdown's first collection
del box


def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("stubborn ignores GeneratorExit")


s = stubborn()
next(s)
print("end")
# expect: end
# expect: stubborn ignores GeneratorExit
# expect stderr: sys:1: RuntimeWarning: coroutine 'other' was never awaited
# expect stderr: sys:1: RuntimeWarning: coroutine 'never' was never awaited
# expect stderr: RuntimeError: generator ignored GeneratorExit
