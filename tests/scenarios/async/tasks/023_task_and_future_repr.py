# repr() of tasks, futures and handles shows their state, what they wait for and their callbacks
import asyncio


def show(obj):
    # The program's own path depends on where it is run from: print it as <file>.
    pieces = repr(obj).split(" at ")
    text = pieces[0]
    for piece in pieces[1:]:
        end = piece.find(".py:")
        text += " at " + ("<file>" + piece[end + 3:] if end >= 0 else piece)
    return text


async def job(n):
    await asyncio.sleep(1)
    return list(range(n))


async def fail():
    raise ValueError("broken")


def on_done(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job(10))
    print(show(t))
    await asyncio.sleep(0)
    print(show(t))
    t.add_done_callback(on_done)
    print(show(t))
    print(show(await t))
    print(show(t))
    f = loop.create_future()
    f.add_done_callback(print)
    f.add_done_callback(on_done)
    f.add_done_callback(lambda fut: None)
    print(show(f))
    f.set_result("a fairly long result string for the repr")
    print(show(f))
    w = asyncio.create_task(fail(), name="failing")
    await asyncio.sleep(0)
    print(show(w), repr(w.exception()))
    c = asyncio.create_task(job(1))
    await asyncio.sleep(0)
    c.cancel()
    print(show(c))
    await asyncio.sleep(0)
    print(show(c))
    h = loop.call_soon(on_done, "arg")
    print(show(h))
    h.cancel()
    print(show(h))
    print(show(loop.call_soon(print, "x" * 40, [1, 2, 3, 4, 5, 6, 7], {"k": 1})))
    await asyncio.sleep(0)


asyncio.run(main())
# expect: <Task pending name='Task-2' coro=<job() running at <file>:15>>
# expect: <Task pending name='Task-2' coro=<job() running at <file>:16> wait_for=<Future pending cb=[Task.task_wakeup()]>>
# expect: <Task pending name='Task-2' coro=<job() running at <file>:16> wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[on_done() at <file>:24]>
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: <Task finished name='Task-2' coro=<job() done, defined at <file>:15> result=[0, 1, 2, 3, 4, 5, ...]>
# expect: <Future pending cb=[print(), <1 more>, main.<locals>.<lambda>() at <file>:41]>
# expect: <Future finished result='a fairly lon... for the repr'>
# expect: <Future finished result='a fairly lon... for the repr'>
# expect: <Task finished name='failing' coro=<fail() done, defined at <file>:20> exception=ValueError('broken')> ValueError('broken')
# expect: <Task cancelling name='Task-4' coro=<job() running at <file>:16> wait_for=<Future cancelled>>
# expect: <Task cancelled name='Task-4' coro=<job() done, defined at <file>:15>>
# expect: <Handle on_done('arg') at <file>:24>
# expect: <Handle cancelled>
# expect: <Handle print('xxxxxxxxxxxx...xxxxxxxxxxxxx', [1, 2, 3, 4, 5, 6, ...], {'k': 1})>
# expect: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx [1, 2, 3, 4, 5, 6, 7] {'k': 1}
