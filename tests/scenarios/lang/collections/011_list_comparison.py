# list equality is element-wise; ordering is lexicographic
print([1, 2, 3] == [1, 2, 3])  # expect: True
print([1, 2] < [1, 3])  # expect: True
print([1, 2] < [1, 2, 3])  # expect: True
print([2] > [1, 100])  # expect: True
print([1, [2, 3]] == [1, [2, 3]])  # expect: True
print([1, 2] != [2, 1])  # expect: True
print([] == [], [0] == [False])  # expect: True True
print([1, 2] == (1, 2))  # expect: False
