# split() without a separator differs from split(" ")
print("a b  c".split())  # expect: ['a', 'b', 'c']
print("a b  c".split(" "))  # expect: ['a', 'b', '', 'c']
print("  lead trail  ".split())  # expect: ['lead', 'trail']
print("a,b,,c,".split(","))  # expect: ['a', 'b', '', 'c', '']
print("".split())  # expect: []
print("".split(","))  # expect: ['']
print("a,b,c,d".split(",", 2))  # expect: ['a', 'b', 'c,d']
print("a b c d".split(maxsplit=1))  # expect: ['a', 'b c d']
print("a::b::c".split("::"))  # expect: ['a', 'b', 'c']
print("a\tb\nc".split())  # expect: ['a', 'b', 'c']
try:
    "abc".split("")
except ValueError as e:
    print(e)  # expect: empty separator
