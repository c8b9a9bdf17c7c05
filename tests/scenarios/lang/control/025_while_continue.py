# continue in a while loop skips to the condition check
n = 0
total = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    total += n
print(total)  # expect: 18
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)  # expect: 5
