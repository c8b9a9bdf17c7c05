# a backslash at end of line joins it with the next line
x = 1 + \
    2 + \
    3
print(x)  # expect: 6
if x == 6 and \
   x > 0:
    print("yes")  # expect: yes
s = "abc" \
    "def"
print(s)  # expect: abcdef
