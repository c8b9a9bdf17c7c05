# break and continue only affect the innermost loop
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)
# expect: 1 0
# expect: 2 0
# expect: 2 1
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
print("found", found, "in row", row)  # expect: found 4 in row [3, 4]
