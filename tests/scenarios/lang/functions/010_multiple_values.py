# the same parameter given positionally and by keyword
def f(a, b):
    return a - b


print(f(b=1, a=2))  # expect: 1
f(1, a=2)
# expect runtime error: TypeError: f() got multiple values for argument 'a'
