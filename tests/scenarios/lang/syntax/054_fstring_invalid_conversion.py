# only !s, !r and !a are valid f-string conversions
# error at 4:15: SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'
x = 1
print(f"{x!z}")
print(x)
