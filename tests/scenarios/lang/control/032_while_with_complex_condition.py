# while loops with compound conditions and multiple exits
a, b = 0, 1
fibs = []
while len(fibs) < 20 and b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)  # expect: [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)  # expect: 111
