# higher-order functions building new functions
def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5))  # expect: 11
print(compose(dbl, inc)(5))  # expect: 12
print(compose()(7))  # expect: 7
print(compose(str, abs)(-3) + "!")  # expect: 3!
