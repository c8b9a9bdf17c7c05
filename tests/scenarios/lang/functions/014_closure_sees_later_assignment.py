# a closure reads the variable at call time, after later assignments
def outer():
    x = 1

    def get():
        return x

    x = 2
    return get


print(outer()())  # expect: 2


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]


print([m(10) for m in make_multipliers()])  # expect: [10, 20, 30]
