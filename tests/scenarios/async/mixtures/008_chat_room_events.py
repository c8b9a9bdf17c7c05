# a chat room: users join at different times and read messages broadcast through queues
import asyncio


class Room:
    def __init__(self):
        self.members = {}

    def join(self, name):
        self.members[name] = asyncio.Queue()
        return self.members[name]

    def say(self, sender, text):
        for name, q in self.members.items():
            if name != sender:
                q.put_nowait(f"{sender}: {text}")


async def user(room, name, join_at, lines):
    await asyncio.sleep(join_at)
    inbox = room.join(name)
    for text in lines:
        room.say(name, text)
        await asyncio.sleep(0.4)
    await asyncio.sleep(1)
    while not inbox.empty():
        print(f"{name} reads [{inbox.get_nowait()}]")


async def main():
    room = Room()
    await asyncio.gather(
        user(room, "ann", 0, ["hi", "anyone?"]),
        user(room, "bob", 0.3, ["hello ann"]),
        user(room, "cat", 1.0, ["late again"]),
    )


asyncio.run(main())
# expect: bob reads [ann: anyone?]
# expect: bob reads [cat: late again]
# expect: ann reads [bob: hello ann]
# expect: ann reads [cat: late again]
