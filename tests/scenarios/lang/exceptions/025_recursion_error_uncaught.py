# uncaught RecursionError ends the program
def forever(n):
    return forever(n + 1) + 1


print("start")  # expect: start
forever(0)
# expect runtime error: RecursionError: maximum recursion depth exceeded
