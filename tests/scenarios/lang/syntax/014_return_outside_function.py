# return at module level is rejected at compile time
# error at 4:1: SyntaxError: 'return' outside function
x = 1
return x
print(x)
