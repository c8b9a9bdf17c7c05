# int/float comparisons are exact, not via conversion to float
print(1 == 1.0)  # expect: True
print(2 ** 53 + 1 == float(2 ** 53 + 1))  # expect: False
print(2 ** 53 == float(2 ** 53))  # expect: True
print(2 ** 53 + 1 > 9007199254740992.0)  # expect: True
print(1 < 1.5 < 2)  # expect: True
print(10 ** 400 > 1e308)  # expect: True
print(10 ** 400 < float("inf"))  # expect: True
print(0.1 + 0.2 == 0.3)  # expect: False
print(-0.0 == 0)  # expect: True
print(3 >= 3.0, 3 > 2.9999)  # expect: True True
print(max(1, 1.0), max(1.0, 1))  # expect: 1 1.0
