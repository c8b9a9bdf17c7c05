# comprehension variables do not leak into the enclosing scope
x = "outer"
squares = [x * x for x in range(3)]
print(x)  # expect: outer
print(squares)  # expect: [0, 1, 4]
n = 10
print([n + i for i in range(2)])  # expect: [10, 11]
try:
    print(i)
except NameError as e:
    print(e)  # expect: name 'i' is not defined
total = sum(j for j in range(4))
print(total)  # expect: 6
