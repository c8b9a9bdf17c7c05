# a string literal missing its closing quote
# error at 4:5: SyntaxError: unterminated string literal (detected at line 4)
x = 1
s = "abc
print(s)
