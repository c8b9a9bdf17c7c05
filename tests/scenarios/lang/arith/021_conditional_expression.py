# conditional expressions have the lowest precedence and nest to the right
x = 5
print("pos" if x > 0 else "neg")  # expect: pos
print(1 + 2 if False else 10)  # expect: 10
y = 1 if x < 0 else 2 if x < 10 else 3
print(y)  # expect: 2
print([i if i % 2 else -i for i in range(4)])  # expect: [0, 1, -2, 3]
print((lambda: "a" if x else "b")())  # expect: a
z = "yes" if [] else "no"
print(z)  # expect: no
