# __exit__ runs before an uncaught exception ends the program
class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, *args):
        print("close")


with Resource():
    print("working")
    raise RuntimeError("failed mid-work")
# expect: open
# expect: working
# expect: close
# expect runtime error: RuntimeError: failed mid-work
