# exponentiation of big ints and three-argument pow
print(3 ** 50)  # expect: 717897987691852588770249
print((-3) ** 51)  # expect: -2153693963075557766310747
print(pow(2, 1000, 10 ** 9))  # expect: 668069376
print(pow(7, 123, 13))  # expect: 5
print(10 ** 18 * 10 ** 18)  # expect: 1000000000000000000000000000000000000
print(99 ** 9)  # expect: 913517247483640899
