# negative indexing and out-of-range errors for reads and writes
a = [10, 20, 30]
print(a[-1], a[-3])  # expect: 30 10
try:
    a[3]
except IndexError as e:
    print(e)  # expect: list index out of range
try:
    a[-4]
except IndexError as e:
    print(e)  # expect: list index out of range
a[-1] = 99
print(a)  # expect: [10, 20, 99]
try:
    a[5] = 1
except IndexError as e:
    print(e)  # expect: list assignment index out of range
try:
    a["0"]
except TypeError as e:
    print(e)  # expect: list indices must be integers or slices, not str
