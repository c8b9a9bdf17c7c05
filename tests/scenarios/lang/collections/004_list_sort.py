# list.sort with key and reverse sorts in place and returns None
a = [3, 1, 2]
a.sort(); print(a)  # expect: [1, 2, 3]
a.sort(reverse=True); print(a)  # expect: [3, 2, 1]
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=len); print(words)  # expect: ['date', 'Apple', 'banana', 'cherry']
words.sort(key=str.lower); print(words)  # expect: ['Apple', 'banana', 'cherry', 'date']
print(a.sort())  # expect: None
mixed = [2.5, 1, True, -3]
mixed.sort(); print(mixed)  # expect: [-3, 1, True, 2.5]
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
