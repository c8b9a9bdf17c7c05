# CPython 3.11 appends a "Did you mean" hint to uncaught NameErrors (not to str(e))
counter = 3
try:
    countr
except NameError as e:
    print(e)  # expect: name 'countr' is not defined
print(countr)
# expect runtime error: NameError: name 'countr' is not defined. Did you mean: 'counter'?
