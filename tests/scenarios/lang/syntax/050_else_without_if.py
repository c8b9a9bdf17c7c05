# an else with no matching if
# error at 4:1: SyntaxError: invalid syntax
x = 1
else:
    pass
