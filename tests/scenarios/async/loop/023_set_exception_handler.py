# a custom exception handler receives the loop's error reports instead of stderr
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0], "|", repr(exc), "|", sorted(context))


def bad_callback(x):
    raise ZeroDivisionError(f"bad {x}")


async def fragile():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise KeyError("shutdown")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom report", "detail": 42})
    asyncio.create_task(fragile())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
# expect: None
# expect: True
# expect: handler: Exception in callback bad_callback(1) | ZeroDivisionError('bad 1') | ['exception', 'handle', 'message']
# expect: handler: custom report | None | ['detail', 'message']
# expect: main returns
# expect: handler: unhandled exception during asyncio.run() shutdown | KeyError('shutdown') | ['exception', 'message', 'task']
# expect: after run
