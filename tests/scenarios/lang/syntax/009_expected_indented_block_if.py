# an if statement without an indented body
# error at 5:1: IndentationError: expected an indented block after 'if' statement on line 4
x = 1
if x:
print("x")
