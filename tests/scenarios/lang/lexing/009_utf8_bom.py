# this file starts with a UTF-8 byte order mark, which is ignored
print("bom ok")  # expect: bom ok
print(len("é"))  # expect: 1
x = 2
print(x * 21)  # expect: 42
