# iterating over a string yields one-character strings
for ch in "abc":
    print(ch, end="-")
print()  # expect: a-b-c-
print(list("hey"))  # expect: ['h', 'e', 'y']
print([c.upper() for c in "ok"])  # expect: ['O', 'K']
vowels = sum(1 for c in "education" if c in "aeiou")
print(vowels)  # expect: 5
print(list(enumerate("ab")))  # expect: [(0, 'a'), (1, 'b')]
