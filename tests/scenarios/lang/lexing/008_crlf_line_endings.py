# this file uses CRLF line endings; newlines inside strings become \n
x = 1
if x:
    print("crlf ok")  # expect: crlf ok
s = """a
b"""
print(len(s))  # expect: 3
print(repr(s))  # expect: 'a\nb'
t = "back" \
    "slash"
print(t)  # expect: backslash
