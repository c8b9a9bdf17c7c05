# __call__ makes instances callable
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


double = Multiplier(2)
print(double(21))  # expect: 42
print(list(map(Multiplier(3), [1, 2])))  # expect: [3, 6]
print(callable(double), callable(5), callable(Multiplier))  # expect: True False True
