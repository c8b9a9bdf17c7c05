# add_done_callback / remove_done_callback on a Future; callbacks get the future
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def first(f):
        print("first sees", f.result())

    def second(f):
        print("second sees", f.result())

    def third(f):
        print("third, never")

    fut.add_done_callback(first)
    fut.add_done_callback(third)
    fut.add_done_callback(second)
    fut.add_done_callback(third)
    print("removed", fut.remove_done_callback(third))
    print("removed", fut.remove_done_callback(third))
    fut.set_result(5)
    print("set_result returned; callbacks not run yet")
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("late callback", f.done()))
    print("added late")
    await asyncio.sleep(0)


asyncio.run(main())
# expect: removed 2
# expect: removed 0
# expect: set_result returned; callbacks not run yet
# expect: first sees 5
# expect: second sees 5
# expect: added late
# expect: late callback True
