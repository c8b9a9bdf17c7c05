# a starred target must be inside a list or tuple target
# error at 4:1: SyntaxError: starred assignment target must be in a list or tuple
x = 1
*a = [1, 2]
print(a)
