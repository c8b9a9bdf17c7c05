# an exception escaping main ends the program with a traceback (exit 1), after its prints
import asyncio


async def divide(a, b):
    await asyncio.sleep(0.1)
    return a / b


async def main():
    print(await divide(6, 3))
    print(await divide(1, 0))
    print("not reached")


asyncio.run(main())
print("not reached either")
# expect: 2.0
# expect runtime error: ZeroDivisionError: division by zero
