# sum with start value; any/all on empty and mixed iterables
print(sum([1, 2, 3]))  # expect: 6
print(sum([1, 2, 3], 10))  # expect: 16
print(sum([[1], [2, 3]], []))  # expect: [1, 2, 3]
print(sum([0.5, 0.25]))  # expect: 0.75
print(sum([]))  # expect: 0
print(any([0, "", None]), any([0, 1]))  # expect: False True
print(all([1, "a", [0]]), all([1, 0]))  # expect: True False
print(all([]), any([]))  # expect: True False
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)  # expect: sum() can't sum strings [use ''.join(seq) instead]
