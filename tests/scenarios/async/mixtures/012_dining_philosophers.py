# dining philosophers with ordered fork acquisition (no deadlock)
import asyncio


async def philosopher(i, forks, meals):
    left, right = i, (i + 1) % len(forks)
    first, second = min(left, right), max(left, right)
    for _ in range(meals):
        async with forks[first]:
            async with forks[second]:
                print(f"{asyncio.get_running_loop().time():.1f} philosopher {i} eats")
                await asyncio.sleep(1)
        await asyncio.sleep(0.5)


async def main():
    forks = [asyncio.Lock() for _ in range(4)]
    await asyncio.gather(*(philosopher(i, forks, 2) for i in range(4)))
    print("everyone ate at", asyncio.get_running_loop().time())


asyncio.run(main())
# expect: 0.0 philosopher 0 eats
# expect: 0.0 philosopher 2 eats
# expect: 1.0 philosopher 1 eats
# expect: 1.0 philosopher 3 eats
# expect: 2.0 philosopher 2 eats
# expect: 2.0 philosopher 0 eats
# expect: 3.0 philosopher 1 eats
# expect: 3.0 philosopher 3 eats
# expect: everyone ate at 4.5
