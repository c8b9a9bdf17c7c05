# containers use repr() of their float elements
print([0.1, 1e16, -0.0, float("nan")])  # expect: [0.1, 1e+16, -0.0, nan]
print((1.0,))  # expect: (1.0,)
print({"x": 2.5, "y": 1e-05})  # expect: {'x': 2.5, 'y': 1e-05}
print([1 / 3])  # expect: [0.3333333333333333]
print([0.1 + 0.2, 2.0])  # expect: [0.30000000000000004, 2.0]
print([10 ** 20 / 1])  # expect: [1e+20]
