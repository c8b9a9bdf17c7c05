# a Timeout object's states: created, active, expired, finished; reschedule only while active
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(1.25)
    print(cm)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            print(cm)
            await asyncio.sleep(2)
    except TimeoutError:
        print(cm, cm.expired(), loop.time())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(None) as quiet:
        await asyncio.sleep(0.5)
    print(quiet, quiet.expired())
    try:
        async with quiet:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
# expect: <Timeout [created]>
# expect: RuntimeError: Timeout has not been entered
# expect: <Timeout [active] when=1.25>
# expect: <Timeout [expired]> True 1.25
# expect: RuntimeError: Cannot change state of expired Timeout
# expect: <Timeout [finished]> False
# expect: RuntimeError: Timeout has already been entered
