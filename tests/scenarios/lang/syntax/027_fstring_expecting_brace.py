# an f-string replacement field without its closing brace
# error at 4:12: SyntaxError: f-string: expecting '}'
x = 1
print(f"{x")
print(x)
