# bool(): truthiness of common values, printing True/False
print(True, False)  # expect: True False
print(bool(0), bool(1), bool(-1))  # expect: False True True
print(bool(""), bool("a"), bool(" "))  # expect: False True True
print(bool([]), bool([0]), bool({}), bool(()))  # expect: False True False False
print(bool(0.0), bool(-0.0), bool(0.1))  # expect: False False True
print(bool("False"), bool("0"))  # expect: True True
print(int(True), int(False))  # expect: 1 0
print(str(True) + str(False))  # expect: TrueFalse
print(repr(True))  # expect: True
