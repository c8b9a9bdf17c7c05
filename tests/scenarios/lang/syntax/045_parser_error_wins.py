# a parse error later in the file wins over an earlier compile-time error; nothing runs
# error at 6:5: SyntaxError: '(' was never closed
print("nothing runs")
return 1
y = 2
x = (1 +
