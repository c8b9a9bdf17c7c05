# round() with no ndigits rounds half to even and returns an int
print(round(0.5), round(1.5), round(2.5))  # expect: 0 2 2
print(round(-0.5), round(-1.5), round(-2.5))  # expect: 0 -2 -2
print(round(3.5), round(4.5))  # expect: 4 4
print(round(2.6), round(-2.6))  # expect: 3 -3
print(round(2.4999999))  # expect: 2
print(round(7))  # expect: 7
print(round(1e20))  # expect: 100000000000000000000
print(type(round(2.5)) is int)  # expect: True
