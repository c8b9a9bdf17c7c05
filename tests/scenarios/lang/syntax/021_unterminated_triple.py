# a triple-quoted string that never ends is detected at the last line of the file
# error at 4:5: SyntaxError: unterminated triple-quoted string literal (detected at line 6)
x = 1
s = """abc
print(s)
print(x)
