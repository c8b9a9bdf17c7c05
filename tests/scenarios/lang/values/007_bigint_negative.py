# negative big ints: abs, addition, multiplication, comparison
n = -(10 ** 30)
print(n)  # expect: -1000000000000000000000000000000
print(abs(n))  # expect: 1000000000000000000000000000000
print(n + 1)  # expect: -999999999999999999999999999999
print(n * n)  # expect: 1000000000000000000000000000000000000000000000000000000000000
print(n * 3)  # expect: -3000000000000000000000000000000
print(n < -(2 ** 64))  # expect: True
print(-n == 10 ** 30)  # expect: True
print(n - n)  # expect: 0
