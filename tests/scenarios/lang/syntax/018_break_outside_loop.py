# break inside an if that is not inside any loop
# error at 5:5: SyntaxError: 'break' outside loop
x = 1
if x:
    break
