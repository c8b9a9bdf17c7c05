# min/max with key and default; ties return the first
print(min(3, 1, 2), max([3, 1, 2]))  # expect: 1 3
print(max(["aa", "b", "ccc"], key=len))  # expect: ccc
print(min(["aa", "b", "c"], key=len))  # expect: b
print(max(["x", "yy", "zz"], key=len))  # expect: yy
print(max([], default=None))  # expect: None
print(min((), default="empty"))  # expect: empty
print(max("abc"))  # expect: c
print(max([1, 5, 5], key=lambda x: -x))  # expect: 1
try:
    max([])
except ValueError as e:
    print(e)  # expect: max() arg is an empty sequence
