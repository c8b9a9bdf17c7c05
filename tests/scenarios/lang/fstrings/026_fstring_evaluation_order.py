# fields are evaluated left to right, each exactly once
log = []


def v(x):
    log.append(x)
    return x


print(f"{v(1)}-{v(2)}-{v(3)}")  # expect: 1-2-3
print(log)  # expect: [1, 2, 3]
w = 4
print(f"[{v(5):{v(w)}}]")  # expect: [   5]
print(log)  # expect: [1, 2, 3, 5, 4]
