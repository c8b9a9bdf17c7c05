# concurrent bank transfers: a lock per account keeps the totals right
import asyncio


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()


async def transfer(src, dst, amount):
    first, second = sorted([src, dst], key=lambda a: a.name)
    async with first.lock:
        async with second.lock:
            if src.balance < amount:
                print(f"refused {src.name}->{dst.name} {amount}")
                return False
            src.balance -= amount
            await asyncio.sleep(0.1)
            dst.balance += amount
            print(f"{asyncio.get_running_loop().time():.1f} {src.name}->{dst.name} {amount}")
            return True


async def main():
    a, b, c = Account("a", 100), Account("b", 50), Account("c", 0)
    ok = await asyncio.gather(transfer(a, b, 30), transfer(b, c, 70), transfer(c, a, 10), transfer(a, c, 80))
    print(ok, [acc.balance for acc in (a, b, c)], sum(acc.balance for acc in (a, b, c)))


asyncio.run(main())
# expect: 0.1 a->b 30
# expect: 0.2 b->c 70
# expect: 0.3 c->a 10
# expect: 0.4 a->c 80
# expect: [True, True, True, True] [0, 10, 140] 150
