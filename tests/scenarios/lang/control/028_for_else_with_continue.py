# continue does not prevent the else clause
for i in range(3):
    if i == 1:
        continue
else:
    print("else after continue", i)  # expect: else after continue 2
n = 0
while n < 2:
    n += 1
    continue
else:
    print("while else", n)  # expect: while else 2
