# replace() is non-overlapping, left to right, with an optional count
print("aaa".replace("a", "b"))  # expect: bbb
print("aaa".replace("a", "b", 2))  # expect: bba
print("hello".replace("l", ""))  # expect: heo
print("abc".replace("", "-"))  # expect: -a-b-c-
print("aaaa".replace("aa", "b"))  # expect: bb
print("banana".replace("ana", "X"))  # expect: bXna
print("abc".replace("x", "y"))  # expect: abc
s = "keep"
s.replace("e", "o")
print(s)  # expect: keep
