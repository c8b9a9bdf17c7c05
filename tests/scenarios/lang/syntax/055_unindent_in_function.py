# a statement dedented to a column that matches no block
# error at 5:11: IndentationError: unindent does not match any outer indentation level
def f():
    x = 1
  return x
