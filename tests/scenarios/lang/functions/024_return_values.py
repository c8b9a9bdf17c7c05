# bare return, falling off the end, early return and multiple return values
def f():
    return


def g():
    pass


def h(x):
    if x:
        return "yes"


print(f(), g(), h(0), h(1))  # expect: None None None yes


def early(n):
    for i in range(n):
        if i == 2:
            return i
    return -1


print(early(5), early(1))  # expect: 2 -1


def multi():
    return 1, 2


print(multi())  # expect: (1, 2)
