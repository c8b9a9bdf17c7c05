# an unknown statement word followed by a name is plain invalid syntax
# error at 4:5: SyntaxError: invalid syntax
x = 1
let y = 2
print(x)
