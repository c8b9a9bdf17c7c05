# unary minus, plus and invert, including repeated application
x = 5
print(-x, +x, -(-x))  # expect: -5 5 5
print(--x)  # expect: 5
print(-+-x)  # expect: 5
print(~x + 1)  # expect: -5
print(+True)  # expect: 1
print(-0.0 + 0.0)  # expect: 0.0
print(- 3 ** 2)  # expect: -9
print(~~7)  # expect: 7
