# str.join requires an iterable of strings
print(", ".join(["a", "b", "c"]))  # expect: a, b, c
print("".join(["x", "y"]))  # expect: xy
print("-".join("abc"))  # expect: a-b-c
print("[" + "|".join([]) + "]")  # expect: []
print(" ".join(str(n) for n in range(4)))  # expect: 0 1 2 3
print("+".join(("solo",)))  # expect: solo
try:
    "-".join(["a", 2])
except TypeError as e:
    print(e)  # expect: sequence item 1: expected str instance, int found
