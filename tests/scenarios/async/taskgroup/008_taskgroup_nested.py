# nested task groups: the inner one finishes before the outer body goes on
import asyncio


async def leaf(tag, d):
    await asyncio.sleep(d)
    print(f"{asyncio.get_running_loop().time():.1f} leaf {tag}")


async def branch(tag):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(tag + "1", 1))
        tg.create_task(leaf(tag + "2", 0.5))
    print(f"{asyncio.get_running_loop().time():.1f} branch {tag} complete")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(branch("A"))
        tg.create_task(branch("B"))
    print("all complete")


asyncio.run(main())
# expect: 0.5 leaf A2
# expect: 0.5 leaf B2
# expect: 1.0 leaf A1
# expect: 1.0 leaf B1
# expect: 1.0 branch A complete
# expect: 1.0 branch B complete
# expect: all complete
