# two traffic lights switch on a shared schedule driven by call_later
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    state = {"north": "green", "east": "red"}

    def switch(n):
        state["north"], state["east"] = state["east"], state["north"]
        print(f"{loop.time():.0f}s north={state['north']} east={state['east']}")
        if n < 4:
            loop.call_later(2 if state["north"] == "green" else 3, switch, n + 1)
        else:
            done.set_result(n)

    print(f"{loop.time():.0f}s north={state['north']} east={state['east']}")
    loop.call_later(2, switch, 1)
    print("switches:", await done)


asyncio.run(main())
# expect: 0s north=green east=red
# expect: 2s north=red east=green
# expect: 5s north=green east=red
# expect: 7s north=red east=green
# expect: 10s north=green east=red
# expect: switches: 4
