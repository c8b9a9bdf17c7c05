# a failing assert without a message has an empty AssertionError
values = []
assert 1 + 1 == 2
print("first assert ok")  # expect: first assert ok
assert len(values) == 1
# expect runtime error: AssertionError
