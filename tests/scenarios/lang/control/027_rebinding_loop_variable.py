# assigning to the loop variable does not change the iteration
for i in range(3):
    print(i)
    i = 10
# expect: 0
# expect: 1
# expect: 2
print(i)  # expect: 10
items = [1, 2, 3]
for x in items:
    x *= 2
print(items)  # expect: [1, 2, 3]
