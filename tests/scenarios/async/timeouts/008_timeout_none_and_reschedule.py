# timeout(None) never fires until rescheduled; reschedule moves the deadline
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            await asyncio.sleep(1)
            cm.reschedule(loop.time() + 0.5)
            print("rescheduled to", cm.when())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("timed out at", loop.time(), "expired:", cm.expired())


asyncio.run(main())
# expect: when: None
# expect: rescheduled to 1.5
# expect: timed out at 1.5 expired: True
