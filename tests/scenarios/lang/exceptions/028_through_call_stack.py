# exceptions unwind through several calls, running finally blocks on the way
def level3():
    raise ValueError("deep")


def level2():
    try:
        level3()
    finally:
        print("level2 cleanup")


def level1():
    level2()
    print("never")


try:
    level1()
except ValueError as e:
    print("caught at top:", e)
# expect: level2 cleanup
# expect: caught at top: deep
