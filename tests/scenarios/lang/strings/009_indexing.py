# indexing strings with positive and negative indexes
s = "python"
print(s[0], s[-1], s[-6])  # expect: p n p
print(s[5], s[len(s) - 1])  # expect: n n
print(s[2] + s[-2])  # expect: to
print(type(s[0]).__name__, len(s[0]))  # expect: str 1
try:
    print(s[6])
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: string index out of range
