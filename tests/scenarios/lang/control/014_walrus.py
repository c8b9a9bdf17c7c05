# := assigns inside expressions; in a comprehension it binds the enclosing scope
data = [3, 8, 1, 9]
i = 0
while (n := len(data) - i) > 2:
    print("remaining", n)
    i += 1
# expect: remaining 4
# expect: remaining 3
if (m := max(data)) > 5:
    print("max is", m)  # expect: max is 9
print([y for x in data if (y := x * 2) > 5])  # expect: [6, 16, 18]
print(y)  # expect: 18
print((z := 5) + z)  # expect: 10
