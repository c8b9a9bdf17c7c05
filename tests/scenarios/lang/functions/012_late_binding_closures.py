# closures capture variables, not values: lambdas in a loop see the final value
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])  # expect: [2, 2, 2]
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])  # expect: [0, 1, 2]
adders = []
for n in range(3):
    def add(x):
        return x + n
    adders.append(add)
print([a(10) for a in adders])  # expect: [12, 12, 12]
n = 100
print(adders[0](0))  # expect: 100
