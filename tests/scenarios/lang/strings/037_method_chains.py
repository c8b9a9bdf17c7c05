# chaining string methods
s = "  Hello, World!  "
print(s.strip().lower().replace("world", "there"))  # expect: hello, there!
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words))  # expect: The Quick Brown Fox
print("-".join(reversed("a b c".split())))  # expect: c-b-a
print("hello"[::-1].upper()[1:])  # expect: LLEH
print(",".join(sorted("b,a,c".split(","))))  # expect: a,b,c
