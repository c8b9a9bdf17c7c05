# len() of each container type and of non-sized values
print(len([1, 2]), len((1,)), len({}), len({1, 2, 2}), len("abc"), len(range(5)))  # expect: 2 1 0 2 3 5
print(len({"a": [1, 2, 3]}))  # expect: 1
print(len([[]]), len([[], []]))  # expect: 1 2
try:
    len(5)
except TypeError as e:
    print(e)  # expect: object of type 'int' has no len()
