# ** with a negative exponent gives a float; int ** positive int stays int
print(2 ** -1)  # expect: 0.5
print(10 ** -2)  # expect: 0.01
print(2 ** -3)  # expect: 0.125
print((-2) ** 3)  # expect: -8
print((-2) ** -2)  # expect: 0.25
print(2.0 ** 3)  # expect: 8.0
print(4 ** 0.5)  # expect: 2.0
print(0 ** 0, 0.0 ** 0)  # expect: 1 1.0
print(pow(2, 10), pow(2, 10, 1000))  # expect: 1024 24
print(pow(3, -1))  # expect: 0.3333333333333333
print(pow(-8, 1, 5))  # expect: 2
