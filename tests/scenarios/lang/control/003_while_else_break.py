# while/else: else runs when the condition becomes false, not after break
n = 0
while n < 3:
    n += 1
else:
    print("while finished", n)  # expect: while finished 3
n = 0
while n < 10:
    if n == 4:
        print("break at", n)  # expect: break at 4
        break
    n += 1
else:
    print("not printed")
while False:
    pass
else:
    print("else runs even if the body never ran")  # expect: else runs even if the body never ran
