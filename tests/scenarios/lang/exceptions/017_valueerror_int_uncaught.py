# uncaught ValueError from int()
print(int("12"))  # expect: 12
text = "abc"
print(int(text) + 1)
print("unreachable")
# expect runtime error: ValueError: invalid literal for int() with base 10: 'abc'
