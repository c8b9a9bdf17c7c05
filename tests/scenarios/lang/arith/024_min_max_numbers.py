# min/max over mixed numbers return the original object
print(max(3, 7.5, -2))  # expect: 7.5
print(min(3, 7.5, -2))  # expect: -2
print(max(2, 2.0), max(2.0, 2))  # expect: 2 2.0
print(min([10 ** 20, 1e19]))  # expect: 1e+19
print(max(True, 1), max(1, True))  # expect: True 1
print(abs(min(-5, -10)))  # expect: 10
