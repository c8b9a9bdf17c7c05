# an unclosed parenthesis at the end of the file
# error at 5:6: SyntaxError: '(' was never closed
name = "world"
greeting = "hello"
print(greeting, name
