# a progress bar task reports on a shared counter until the work is done (Event)
import asyncio


async def work(state, done):
    for i in range(10):
        await asyncio.sleep(0.25)
        state["done"] += 1
    done.set()


async def reporter(state, done):
    loop = asyncio.get_running_loop()
    while not done.is_set():
        try:
            await asyncio.wait_for(done.wait(), timeout=0.6)
        except asyncio.TimeoutError:
            pass
        bar = "#" * state["done"] + "." * (10 - state["done"])
        print(f"{loop.time():.1f} [{bar}]")


async def main():
    state = {"done": 0}
    done = asyncio.Event()
    await asyncio.gather(work(state, done), reporter(state, done))


asyncio.run(main())
# expect: 0.6 [##........]
# expect: 1.2 [####......]
# expect: 1.8 [#######...]
# expect: 2.4 [#########.]
# expect: 2.5 [##########]
