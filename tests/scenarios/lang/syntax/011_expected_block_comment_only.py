# a for loop whose body is only a comment: the error is reported at end of file
# error at 5:21: IndentationError: expected an indented block after 'for' statement on line 4
total = 0
for i in range(3):
    # only a comment
