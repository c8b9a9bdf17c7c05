# repeated multiplication in a loop produces exact big ints
x = 1
for i in range(1, 31):
    x *= i
print(x)  # expect: 265252859812191058636308480000000
digits = sum(int(c) for c in str(x))
print(digits)  # expect: 117
print(x % 10 ** 9)  # expect: 480000000
print(x // 10 ** 30)  # expect: 265
