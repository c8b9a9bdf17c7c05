# await at module level (not allowed in a normal script)
# error at 5:1: SyntaxError: 'await' outside function
import asyncio
print("start")
await asyncio.sleep(1)
