# newlines inside (), [] and {} do not end the statement
total = (1 +
         2 +
         3)
print(total)  # expect: 6
items = [
    "a",
    "b",
]
print(items)  # expect: ['a', 'b']
d = {
    "k": 1
}
print(d)  # expect: {'k': 1}


def f(a,
      b):
    return a + b


print(f(1,
        2))  # expect: 3
