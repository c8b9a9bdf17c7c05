# a def with no body before the next top-level statement
# error at 5:1: IndentationError: expected an indented block after function definition on line 3
def f():

x = 1
