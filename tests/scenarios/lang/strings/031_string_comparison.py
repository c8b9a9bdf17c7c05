# strings compare by code point, so uppercase sorts before lowercase
print("a" < "b", "a" < "B")  # expect: True False
print("10" < "9")  # expect: True
print("" < "a")  # expect: True
print(sorted(["banana", "Apple", "cherry", "apple"]))  # expect: ['Apple', 'apple', 'banana', 'cherry']
print(max("hello"))  # expect: o
print(min(["b", "a", "c"]))  # expect: a
print("abc" == "ab" + "c")  # expect: True
print("é" > "z")  # expect: True
