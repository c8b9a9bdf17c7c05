# str() of assorted values
print(str(1) + str(2.5) + str(True) + str(None))  # expect: 12.5TrueNone
print(str([1, "a", None]))  # expect: [1, 'a', None]
print(str((1,)))  # expect: (1,)
print(str({}))  # expect: {}
print(str(set()))  # expect: set()
print(str(-0.0))  # expect: -0.0
print(str("x"))  # expect: x
print(str(1e100))  # expect: 1e+100
print(str(range(3)))  # expect: range(0, 3)
print(str())  # expect: 
