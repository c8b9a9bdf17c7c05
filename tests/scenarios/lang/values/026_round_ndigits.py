# round() with ndigits: binary representation effects and negative ndigits
print(round(2.675, 2))  # expect: 2.67
print(round(3.14159, 3))  # expect: 3.142
print(round(1234, -2))  # expect: 1200
print(round(1250, -2))  # expect: 1200
print(round(1350, -2))  # expect: 1400
print(round(1234.5678, -2))  # expect: 1200.0
print(round(5, 2))  # expect: 5
print(round(0.125, 2))  # expect: 0.12
print(round(0.375, 2))  # expect: 0.38
print(round(2.5, 0))  # expect: 2.0
print(round(-1234, -1))  # expect: -1230
print(round(1.0000001, 3))  # expect: 1.0
