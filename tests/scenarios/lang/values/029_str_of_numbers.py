# str() and repr() of ints and floats are identical
print(str(42) + str(4.0))  # expect: 424.0
print(repr(1e100))  # expect: 1e+100
print(str(-0.0))  # expect: -0.0
print(str(10 ** 20) == "1" + "0" * 20)  # expect: True
print(repr(3), repr(-3.5))  # expect: 3 -3.5
print(str(2.0 ** 0.5))  # expect: 1.4142135623730951
print(len(str(2.0 ** 0.5)))  # expect: 18
print(str(1e16), str(1e15))  # expect: 1e+16 1000000000000000.0
