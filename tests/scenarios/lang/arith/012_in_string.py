# in on strings tests for substrings
print("ell" in "hello")  # expect: True
print("" in "abc")  # expect: True
print("x" not in "abc")  # expect: True
print("Hello" in "hello world")  # expect: False
print("lo w" in "hello world")  # expect: True
print("abc" in "ab")  # expect: False
print(not "a" in "xyz")  # expect: True
