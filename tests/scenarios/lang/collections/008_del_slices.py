# del on indexes and slices, including extended slices
a = list(range(10))
del a[0]; print(a)  # expect: [1, 2, 3, 4, 5, 6, 7, 8, 9]
del a[-1]; print(a)  # expect: [1, 2, 3, 4, 5, 6, 7, 8]
del a[::2]; print(a)  # expect: [2, 4, 6, 8]
del a[1:3]; print(a)  # expect: [2, 8]
del a[5:10]; print(a)  # expect: [2, 8]
del a[:]; print(a)  # expect: []
try:
    del a[0]
except IndexError as e:
    print(e)  # expect: list assignment index out of range
