# inf, -inf, nan and negative zero
inf = float("inf")
nan = float("nan")
print(inf, -inf)  # expect: inf -inf
print(nan)  # expect: nan
print(-0.0)  # expect: -0.0
print(0.0 == -0.0)  # expect: True
print(nan == nan, nan != nan)  # expect: False True
print(inf > 10 ** 300)  # expect: True
print(inf - inf)  # expect: nan
print(float("-inf") < 0)  # expect: True
print(repr(inf), str(nan))  # expect: inf nan
print(float("Infinity"), float("-NaN"))  # expect: inf nan
print(1e308 * 10)  # expect: inf
print(0.0 * -1)  # expect: -0.0
print([inf, nan, -0.0])  # expect: [inf, nan, -0.0]
