# not always returns a bool and has lower precedence than comparisons
print(not True, not False)  # expect: False True
print(not 0, not 1)  # expect: True False
print(not "", not "x")  # expect: True False
print(not [], not [0])  # expect: True False
print(not None)  # expect: True
print(not not 5)  # expect: True
print(not 1 + 1)  # expect: False
print((not 1) + 1)  # expect: 1
print(not 1 == 1)  # expect: False
one = 1
print(one is not None, not one is None)  # expect: True True
