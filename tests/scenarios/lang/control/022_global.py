# global lets a function rebind and create module-level names
counter = 0


def inc():
    global counter
    counter += 1


inc()
inc()
print(counter)  # expect: 2


def make():
    global created
    created = "yes"


make()
print(created)  # expect: yes


def read_only():
    return counter * 10


print(read_only())  # expect: 20
