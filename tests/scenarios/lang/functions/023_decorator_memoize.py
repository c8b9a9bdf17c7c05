# a caching decorator with state held in a closure
def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


calls = 0


@memoize
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50), calls)  # expect: 12586269025 51
print(fib(50), calls)  # expect: 12586269025 51
