# dedenting to a column that matches no enclosing block
# error at 5:10: IndentationError: unindent does not match any outer indentation level
if True:
        x = 1
    y = 2
