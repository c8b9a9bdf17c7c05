# 17 significant digits round-trip exactly; 2**53 + 1 is not representable
x = 0.1 + 0.7
print(x)  # expect: 0.7999999999999999
print(float(repr(x)) == x)  # expect: True
print(float("0.30000000000000004") == 0.1 + 0.2)  # expect: True
print(float("0.1000000000000000055511151231257827") == 0.1)  # expect: True
print(9007199254740993.0)  # expect: 9007199254740992.0
print(float(2 ** 53 + 1))  # expect: 9007199254740992.0
print(0.1 * 3 == 0.3)  # expect: False
print(0.1 * 3)  # expect: 0.30000000000000004
print(4.35 * 100)  # expect: 434.99999999999994
