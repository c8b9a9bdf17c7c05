# a closing parenthesis with no opening one
# error at 4:6: SyntaxError: unmatched ')'
y = 2
x = 1)
print(x)
