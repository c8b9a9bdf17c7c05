# enumerate with and without a start value
for i, ch in enumerate("abc"):
    print(i, ch)
# expect: 0 a
# expect: 1 b
# expect: 2 c
for i, ch in enumerate("xy", start=1):
    print(i, ch)
# expect: 1 x
# expect: 2 y
print(list(enumerate([10, 20], 5)))  # expect: [(5, 10), (6, 20)]
print(list(enumerate([])))  # expect: []
