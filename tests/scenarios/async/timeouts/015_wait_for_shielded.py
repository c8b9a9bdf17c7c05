# wait_for(shield(task)) times out but leaves the shielded task running
import asyncio


async def important():
    await asyncio.sleep(2)
    print("important work finished at", asyncio.get_running_loop().time())
    return "saved"


async def main():
    t = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(t), 1)
    except TimeoutError:
        print("gave up waiting at", asyncio.get_running_loop().time())
    print("task result later:", await t)


asyncio.run(main())
# expect: gave up waiting at 1.0
# expect: important work finished at 2.0
# expect: task result later: saved
