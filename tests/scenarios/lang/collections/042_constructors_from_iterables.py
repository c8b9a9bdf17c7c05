# list()/tuple()/set() consume any iterable
print(list("abc"))  # expect: ['a', 'b', 'c']
print(list(range(3)))  # expect: [0, 1, 2]
print(list({"a": 1, "b": 2}))  # expect: ['a', 'b']
print(list((1, 2)))  # expect: [1, 2]
print(list({3, 1, 2}))  # expect: [1, 2, 3]
print(tuple([1, 2]), tuple(x * 2 for x in range(2)))  # expect: (1, 2) (0, 2)
print(list(), set([2, 2]))  # expect: [] {2}
try:
    list(5)
except TypeError as e:
    print(e)  # expect: 'int' object is not iterable
