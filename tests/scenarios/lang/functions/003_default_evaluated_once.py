# default expressions are evaluated once, when the def runs
x = 10


def f(a=x):
    return a


x = 20
print(f())  # expect: 10
counter = 0


def next_id():
    global counter
    counter += 1
    return counter


def make(id=next_id()):
    return id


print(make(), make(), counter)  # expect: 1 1 1
