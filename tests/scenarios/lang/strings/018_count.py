# count() counts non-overlapping occurrences
print("banana".count("a"))  # expect: 3
print("banana".count("an"))  # expect: 2
print("aaaa".count("aa"))  # expect: 2
print("abc".count(""))  # expect: 4
print("banana".count("a", 2))  # expect: 2
print("banana".count("a", 2, 4))  # expect: 1
print("".count("a"))  # expect: 0
