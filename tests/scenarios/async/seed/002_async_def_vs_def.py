# the article's first async def: defining a coroutine function next to a plain function
async def example_coroutine_function(a, b):
    # 异步代码
    ...

def example_function(a, b):
    # 同步代码
    ...


def example_function_3(a, b, c):
    ...


r = example_function_3(1, 2, 3)
print(r)
print(example_function(1, 2))
# expect: None
# expect: None
