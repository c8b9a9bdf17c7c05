# typographic quotes are not string delimiters
# error at 4:7: SyntaxError: invalid character '“' (U+201C)
x = 1
print(“hi”)
print(x)
