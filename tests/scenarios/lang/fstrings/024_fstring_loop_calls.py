# f-strings evaluated in a loop calling functions
def label(n):
    return "even" if n % 2 == 0 else "odd"


for i in range(3):
    print(f"{i}: {label(i)} {i ** 2:>3}")
# expect: 0: even   0
# expect: 1: odd   1
# expect: 2: even   4
