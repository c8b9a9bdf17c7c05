# a character that is not valid in Python source outside strings
# error at 4:7: SyntaxError: invalid character '€' (U+20AC)
x = 1
y = x € 2
print(y)
