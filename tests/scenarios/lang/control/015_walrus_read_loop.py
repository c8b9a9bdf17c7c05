# the walrus loop idiom: read until a falsy value
items = ["a", "b", "", "c"]
pos = 0


def read():
    global pos
    v = items[pos]
    pos += 1
    return v


while line := read():
    print(line)
# expect: a
# expect: b
print("stopped at", pos)  # expect: stopped at 3
