# chained comparisons mean a < b and b < c
print(1 < 2 < 3)  # expect: True
print(1 < 3 < 2)  # expect: False
print(3 > 2 == 2)  # expect: True
print(1 == 1 != 2)  # expect: True
print(1 < 2 > 0)  # expect: True
x = 5
print(0 <= x < 10)  # expect: True
print(10 > x >= 5 > 4)  # expect: True
print((1 < 2) < 3)  # expect: True
print(1 < (2 < 3))  # expect: False
print(1 == 1.0 == True)  # expect: True
print("a" < "b" < "c" != "c")  # expect: False
