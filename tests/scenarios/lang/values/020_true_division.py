# / always produces a float, even when ints divide evenly
print(10 / 2)  # expect: 5.0
print(1 / 4)  # expect: 0.25
print(-7 / 2)  # expect: -3.5
print(2 ** 60 / 2)  # expect: 5.764607523034235e+17
print(10 ** 20 / 10 ** 10)  # expect: 10000000000.0
print(1 / 7)  # expect: 0.14285714285714285
print(0 / 5)  # expect: 0.0
print(-0 / 5)  # expect: 0.0
print(0 / -5)  # expect: -0.0
print(type(4 / 2) is float)  # expect: True
