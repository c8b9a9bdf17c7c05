# every task waits and no timer is pending: CPython would hang forever (exit 4 here)
import asyncio


async def main():
    print("waiting for an event nobody sets")
    await asyncio.Event().wait()
    print("never")


asyncio.run(main())
# expect: waiting for an event nobody sets
# expect exit: 4
