# repeated float addition accumulates error (3.11 sum() is not compensated)
total = 0.0
for _ in range(10):
    total += 0.1
print(total)  # expect: 0.9999999999999999
print(sum([0.1] * 10))  # expect: 0.9999999999999999
print(total == 1.0)  # expect: False
print(round(total, 10) == 1.0)  # expect: True
print(sum([1e16, 1.0, -1e16]))  # expect: 0.0
