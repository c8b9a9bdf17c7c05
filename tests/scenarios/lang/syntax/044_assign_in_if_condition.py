# = instead of == in an if condition
# error at 4:4: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
x = 1
if x = 1:
    print(x)
