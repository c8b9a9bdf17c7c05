# finally runs after the return value is computed and on break
def f():
    try:
        print("in try")
        return 1
    finally:
        print("in finally")


print(f())
# expect: in try
# expect: in finally
# expect: 1


def g():
    x = 1
    try:
        return x
    finally:
        x = 2


print(g())  # expect: 1


def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i


print(h())
# expect: cleanup 0
# expect: cleanup 1
# expect: 1
