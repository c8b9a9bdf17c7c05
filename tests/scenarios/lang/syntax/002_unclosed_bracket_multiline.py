# an unclosed bracket is reported at the opening bracket, not at the end of the file
# error at 3:9: SyntaxError: '[' was never closed
items = [
    1,
    2,
