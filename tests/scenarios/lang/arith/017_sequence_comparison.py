# lists, tuples and strings compare lexicographically
print([1, 2, 3] < [1, 2, 4])  # expect: True
print([1, 2] < [1, 2, 0])  # expect: True
print((1, "b") > (1, "a"))  # expect: True
print("abc" < "abd", "Z" < "a")  # expect: True True
print("apple" < "apples")  # expect: True
print([] < [0])  # expect: True
print((2,) > (1, 99))  # expect: True
print([1, 2] == [1, 2.0])  # expect: True
print((1, 2) == [1, 2])  # expect: False
