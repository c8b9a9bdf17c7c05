# conditional expressions in loops, defaults and lambdas
for n in range(4):
    print(n, "even" if n % 2 == 0 else "odd")
# expect: 0 even
# expect: 1 odd
# expect: 2 even
# expect: 3 odd
x = None
print(x if x is not None else "default")  # expect: default
print((lambda v: "big" if v > 10 else "small")(11))  # expect: big
print("a" if 0 else "b" if "" else "c")  # expect: c
