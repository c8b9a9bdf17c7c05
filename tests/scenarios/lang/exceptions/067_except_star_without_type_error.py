# except* needs exception types: there is no bare except*
# error at 5:8: SyntaxError: expected one or more exception types
try:
    pass
except*:
    pass
