# print() with sep, end, no arguments and unpacked arguments
print("a", "b", "c", sep="-")  # expect: a-b-c
print("a", "b", sep="")  # expect: ab
print("x", end="")
print("y")  # expect: xy
print(1, 2, 3, sep=", ", end=".\n")  # expect: 1, 2, 3.
print()  # expect: 
print(*[1, 2, 3])  # expect: 1 2 3
print(*"abc", sep="|")  # expect: a|b|c
print("a", None, 1.5, [2])  # expect: a None 1.5 [2]
