# the result type of mixed arithmetic: int op float -> float, int op int -> int
print(type(1 + 2).__name__)  # expect: int
print(type(1 + 2.0).__name__)  # expect: float
print(type(6 // 2).__name__, type(6.0 // 2).__name__)  # expect: int float
print(type(2 ** 2).__name__, type(2 ** -2).__name__)  # expect: int float
print(type(True + 1).__name__)  # expect: int
print(type(abs(-3)).__name__, type(abs(-3.0)).__name__)  # expect: int float
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)  # expect: int float
print(type(divmod(7, 2.0)[0]).__name__)  # expect: float
