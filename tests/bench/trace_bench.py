# The trace benchmark's program: five tasks, nested loops, a list that keeps changing, prints,
# and sleeps on the virtual clock. About 10 million steps.
import asyncio

async def worker(name, rounds):
    total = 0
    seen = []
    for r in range(rounds):
        for i in range(50):
            total += i * r
            if i % 10 == 0:
                seen.append(i)
                if len(seen) > 4:
                    seen.pop(0)
        if r % 500 == 0:
            print(name, r, total)
        await asyncio.sleep(0.001)
    return total

async def main():
    results = await asyncio.gather(*(worker(f"w{k}", 12000) for k in range(5)))
    print(sum(results))

asyncio.run(main())
