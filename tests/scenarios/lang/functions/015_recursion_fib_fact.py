# recursive fib and factorial, memoised with a default dict argument
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(10)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(30))  # expect: 265252859812191058636308480000000


def fib_memo(n, memo={}):
    if n not in memo:
        memo[n] = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


print(fib_memo(90))  # expect: 2880067194370816120
