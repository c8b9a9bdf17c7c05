# 3.11 forbids backslashes inside f-string expressions
# error at 4:28: SyntaxError: f-string expression part cannot include a backslash
words = ["a", "b"]
print(f"{'\n'.join(words)}")
print(words)
