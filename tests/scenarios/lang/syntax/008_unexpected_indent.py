# a line indented for no reason (no caret is printed; offset is the indent width)
# error at 4:4: IndentationError: unexpected indent
x = 1
    y = 2
print(x)
