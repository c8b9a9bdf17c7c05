# one try cannot mix except and except*
# error at 7:1: SyntaxError: cannot have both 'except' and 'except*' on the same 'try'
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
