# a missing colon after a def header
# error at 3:8: SyntaxError: expected ':'
def f()
    return 1
print(f())
