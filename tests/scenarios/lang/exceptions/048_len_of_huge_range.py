# len() of a range longer than sys.maxsize is an OverflowError, though the range itself works
numbers = range(2**64)
print(numbers[-1], 2**63 in numbers)  # expect: 18446744073709551615 True
print(len(numbers))
# expect runtime error: OverflowError: Python int too large to convert to C ssize_t
