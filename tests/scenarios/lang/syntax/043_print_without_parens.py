# a Python 2 style print statement gets a dedicated message
# error at 4:1: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
x = 1
print "hello"
x = 2
