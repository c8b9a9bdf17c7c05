# two parameters with the same name
# error at 3:10: SyntaxError: duplicate argument 'a' in function definition
def f(a, a):
    return a
print(f(1, 2))
