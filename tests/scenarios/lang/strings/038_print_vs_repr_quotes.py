# the same string printed directly, via repr, and inside a list
s = 'He said "it\'s"'
print(s)  # expect: He said "it's"
print(repr(s))  # expect: 'He said "it\'s"'
print([s])  # expect: ['He said "it\'s"']
print(str(s) == s)  # expect: True
print(len(s))  # expect: 14
