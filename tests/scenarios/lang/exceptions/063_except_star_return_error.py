# return may not leave an except* clause either; CPython points at a returned constant
# error at 8:20: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
def f():
    try:
        pass
    except* ValueError:
        if True:
            return 5
