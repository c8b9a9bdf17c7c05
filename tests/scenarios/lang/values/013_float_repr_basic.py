# float repr is the shortest string that round-trips
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(1.0)  # expect: 1.0
print(0.1)  # expect: 0.1
print(1 / 3)  # expect: 0.3333333333333333
print(2 / 3)  # expect: 0.6666666666666666
print(100.0)  # expect: 100.0
print(3.14)  # expect: 3.14
print(1.5e3)  # expect: 1500.0
print(0.5 - 0.4)  # expect: 0.09999999999999998
print(1.1 + 2.2)  # expect: 3.3000000000000003
print(-2.50)  # expect: -2.5
