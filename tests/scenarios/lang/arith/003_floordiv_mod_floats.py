# // and % on floats also floor; the zero result carries the divisor's sign
print(7.5 // 2, -7.5 // 2)  # expect: 3.0 -4.0
print(7.5 % 2, -7.5 % 2)  # expect: 1.5 0.5
print(7 % -2.5)  # expect: -0.5
print(-0.5 % 1)  # expect: 0.5
print(5.0 // 0.5)  # expect: 10.0
print(1 % 0.1)  # expect: 0.09999999999999995
print(1 // 0.1)  # expect: 9.0
print(-3.0 % 3)  # expect: 0.0
print(3.0 % -3)  # expect: -0.0
print(-7 // 2.0)  # expect: -4.0
