# find returns -1 on failure, index raises ValueError
s = "banana"
print(s.find("an"), s.rfind("an"))  # expect: 1 3
print(s.find("x"))  # expect: -1
print(s.index("n"), s.rindex("n"))  # expect: 2 4
print(s.find("a", 2))  # expect: 3
print(s.find("a", 2, 3))  # expect: -1
print(s.find(""), s.rfind(""))  # expect: 0 6
try:
    s.index("x")
except ValueError as e:
    print(e)  # expect: substring not found
