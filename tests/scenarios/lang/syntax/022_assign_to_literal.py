# assigning to a number literal
# error at 4:1: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
x = 1
1 = x
print(x)
