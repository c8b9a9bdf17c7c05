# augmented assignment to a global without `global` raises UnboundLocalError
count = 0


def inc():
    count += 1


try:
    inc()
except UnboundLocalError as e:
    print(e)  # expect: cannot access local variable 'count' where it is not associated with a value
except NameError:
    print("not reached: the more specific handler is first")
print(count)  # expect: 0
