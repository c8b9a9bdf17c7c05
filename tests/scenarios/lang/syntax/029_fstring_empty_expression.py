# an empty replacement field in an f-string
# error at 4:12: SyntaxError: f-string: empty expression not allowed
x = 1
print(f"{}")
print(x)
