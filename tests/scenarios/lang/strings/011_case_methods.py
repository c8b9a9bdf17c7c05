# upper/lower/swapcase/title/capitalize including unicode special cases
s = "Hello World 123"
print(s.upper())  # expect: HELLO WORLD 123
print(s.lower())  # expect: hello world 123
print(s.swapcase())  # expect: hELLO wORLD 123
print("hello world".title())  # expect: Hello World
print("they're bill's".title())  # expect: They'Re Bill'S
print("hELLO wORLD".capitalize())  # expect: Hello world
print("123abc".capitalize())  # expect: 123abc
print("ß".upper())  # expect: SS
