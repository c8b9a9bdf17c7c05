# PriorityQueue with entries that compare equal: the heap decides their order
import asyncio


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


async def main():
    q = asyncio.PriorityQueue()
    for i, p in enumerate([2, 1, 2, 1, 2, 1, 2, 3, 1]):
        q.put_nowait(Job(p, f"job{i}"))
    names = []
    while not q.empty():
        job = q.get_nowait()
        names.append(f"{job.priority}:{job.name}")
    print(" ".join(names))


asyncio.run(main())
# expect: 1:job1 1:job5 1:job3 1:job8 2:job6 2:job2 2:job0 2:job4 3:job7
