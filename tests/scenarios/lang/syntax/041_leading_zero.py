# decimal integer literals cannot have leading zeros
# error at 4:5: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
y = 0
x = 0777
print(x)
