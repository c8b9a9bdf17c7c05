# a bracket closed by the wrong kind of parenthesis
# error at 4:10: SyntaxError: closing parenthesis ')' does not match opening parenthesis '['
y = 2
x = [1, 2)
print(x)
