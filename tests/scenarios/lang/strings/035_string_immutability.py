# strings are immutable; += creates a new string
s = "hello"
try:
    s[0] = "j"
except TypeError as e:
    print(e)  # expect: 'str' object does not support item assignment
t = "j" + s[1:]
print(t, s)  # expect: jello hello
u = s
s += "!"
print(s, u)  # expect: hello! hello
