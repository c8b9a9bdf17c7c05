# finally output appears before the uncaught exception ends the program
def work():
    try:
        raise ValueError("first")
    finally:
        print("finally runs")


print("start")  # expect: start
work()
print("unreachable")
# expect: finally runs
# expect runtime error: ValueError: first
