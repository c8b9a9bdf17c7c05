# a lone closing brace in an f-string must be doubled
# error at 4:15: SyntaxError: f-string: single '}' is not allowed
x = 1
print(f"a } b")
print(x)
