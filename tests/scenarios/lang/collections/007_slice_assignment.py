# slice assignment can grow/shrink a list; extended slices need equal length
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["a", "b", "c"]; print(a)  # expect: [0, 'a', 'b', 'c', 3, 4, 5]
a[:2] = []; print(a)  # expect: ['b', 'c', 3, 4, 5]
a[len(a):] = [6]; print(a)  # expect: ['b', 'c', 3, 4, 5, 6]
a[::2] = [0, 0, 0]; print(a)  # expect: [0, 'c', 0, 4, 0, 6]
a[1:1] = [9, 9]; print(a)  # expect: [0, 9, 9, 'c', 0, 4, 0, 6]
a[-2:] = "xy"; print(a)  # expect: [0, 9, 9, 'c', 0, 4, 'x', 'y']
try:
    a[::2] = [1]
except ValueError as e:
    print(e)  # expect: attempt to assign sequence of size 1 to extended slice of size 4
