# match, case, _ and type are ordinary names outside match statements
match = 1
case = 2
_ = 3
print(match + case + _)  # expect: 6
type = "shadowed builtin"
print(type)  # expect: shadowed builtin
del type
print(type(1) is int)  # expect: True
