# ** binds tighter than unary minus on its left and is right-associative
print(-2 ** 2)  # expect: -4
print((-2) ** 2)  # expect: 4
print(2 ** 3 ** 2)  # expect: 512
print((2 ** 3) ** 2)  # expect: 64
print(2 ** -1)  # expect: 0.5
print(-2 ** -2)  # expect: -0.25
x = 3
print(-x ** 2)  # expect: -9
print(2 * 3 ** 2)  # expect: 18
print(2 ** -x)  # expect: 0.125
