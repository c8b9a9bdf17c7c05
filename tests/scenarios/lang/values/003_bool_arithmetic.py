# bool is a subclass of int: arithmetic results are ints, bitwise ops stay bool
print(True + True)  # expect: 2
print(True * 10)  # expect: 10
print(False - True)  # expect: -1
print(True / 2)  # expect: 0.5
print(-True)  # expect: -1
print(sum([True, False, True, True]))  # expect: 3
print(True == 1, False == 0)  # expect: True True
print(True > False)  # expect: True
print(isinstance(True, int))  # expect: True
print(True & False, True | False, True ^ True)  # expect: False True False
print(True & 3)  # expect: 1
print(~True)  # expect: -2
