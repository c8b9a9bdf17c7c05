# a backslash-newline inside a string literal is removed
s = "abc\
def"
print(s)  # expect: abcdef
t = """one \
two"""
print(t)  # expect: one two
u = r"raw\
keeps"
print(len(u))  # expect: 10
