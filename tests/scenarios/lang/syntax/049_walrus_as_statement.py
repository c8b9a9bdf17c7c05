# := cannot be used as a statement without parentheses
# error at 4:3: SyntaxError: invalid syntax
y = 1
x := 5
print(x)
