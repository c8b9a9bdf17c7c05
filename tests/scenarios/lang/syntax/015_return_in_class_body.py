# return directly inside a class body is outside any function
# error at 4:5: SyntaxError: 'return' outside function
class C:
    return 1
print(C)
