# assert statements that hold do nothing
x = 5
assert x == 5
assert x > 0, "positive"
assert [1]
assert "non-empty", "never shown"
print("all asserts passed")  # expect: all asserts passed
