# uncaught ZeroDivisionError from a function
def average(xs):
    return sum(xs) / len(xs)


print(average([1, 2, 3]))  # expect: 2.0
print(average([]))
# expect runtime error: ZeroDivisionError: division by zero
